package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our WebVTT as ffmpeg's parser reads it; skipped, visibly, without ffmpeg. */
class CaptionInteropTest {
    @TempDir
    Path dir;

    @Test
    void ffmpegParsesCuesTimesAndUnescapedText() throws Exception {
        assumeTrue(ExternalTool.onPath("ffmpeg", "-version"),
                "ffmpeg not on PATH: WebVTT not checked against ffmpeg's parser (apt-get install ffmpeg)");
        Path vtt = dir.resolve("01 Chapter One.vtt");
        String said = "Tom & Jerry said <hello> --> and then the wind rose over the moor, howling.";
        WebVttWriter.write(vtt, List.of(new Caption(0, 1200, "Chapter One."),
                new Caption(1500, 4200, said), new Caption(3_723_004, 3_725_000, "Late.")));
        String srt = ExternalTool.runText(dir, "ffmpeg", "-v", "error", "-i", vtt.toString(), "-f", "srt", "-");
        String[] cues = srt.replace("\r", "").split("\n\n");
        assertEquals(3, cues.length, srt);
        String[] second = cues[1].split("\n", 3);
        assertEquals("00:00:01,500 --> 00:00:04,200", second[1]);
        assertEquals(said, second[2].replace('\n', ' '), "entities decode back to the original text");
        assertEquals("01:02:03,004 --> 01:02:05,000", cues[2].split("\n")[1]);
    }
}
