package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our WAV files as other programs see them. Each test is skipped, visibly, when its tool is
 * not installed (Debian: {@code apt-get install ffmpeg sox}).
 */
class WavInteropTest {
    private static final int RATE = 44100;
    private static final int FRAMES = 2 * RATE;

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void writeChapter() throws IOException {
        file = dir.resolve("03 Chapter Three.wav");
        try (WavWriter wav = new WavWriter(file, RATE, 2, Dither.tpdf(3))) {
            float[][] audio = WavWriterTest.signal(FRAMES);
            WavWriterTest.writeInBlocks(wav, audio);
            wav.commit(new WavMetadata("Chapter Three: Thunder", "The Tempest Book", "Ann Author", 3,
                    "immersive master — ü", List.of(new CueMarker(0, "Chapter Three."),
                            new CueMarker(RATE, "Café — “storm”!"), new CueMarker(66150, "Third sentence.")),
                    "audiobook test"));
        }
    }

    @Test
    void ffprobeShowsTagsStreamAndCuePointsAsChapters() throws Exception {
        assumeTrue(ExternalTool.onPath("ffprobe", "-version"),
                "ffprobe not on PATH: WAV tags and cues not checked against ffmpeg (apt-get install ffmpeg)");
        JsonNode probe = new ObjectMapper().readTree(ExternalTool.run(dir, "ffprobe", "-v", "error",
                "-show_format", "-show_streams", "-show_chapters", "-of", "json", file.toString()));
        JsonNode tags = probe.path("format").path("tags");
        assertEquals("Chapter Three: Thunder", tags.path("title").asText(), probe.toString());
        assertEquals("The Tempest Book", tags.path("album").asText());
        assertEquals("Ann Author", tags.path("artist").asText());
        assertEquals("3", tags.path("track").asText());
        assertEquals("immersive master — ü", tags.path("comment").asText(), "UTF-8 passes through");
        assertEquals("audiobook test", tags.path("encoder").asText());

        JsonNode stream = probe.path("streams").path(0);
        assertEquals("pcm_s16le", stream.path("codec_name").asText());
        assertEquals(RATE, stream.path("sample_rate").asInt());
        assertEquals(2, stream.path("channels").asInt());
        assertEquals(FRAMES, stream.path("duration_ts").asLong());

        // ffmpeg reads cue points as chapter starts and adtl/labl texts as their titles.
        JsonNode chapters = probe.path("chapters");
        assertEquals(3, chapters.size(), chapters.toString());
        assertEquals(List.of(0L, (long) RATE, 66150L),
                List.of(chapters.get(0).path("start").asLong(), chapters.get(1).path("start").asLong(),
                        chapters.get(2).path("start").asLong()));
        assertEquals("Café — “storm”!", chapters.get(1).path("tags").path("title").asText());
    }

    @Test
    void ffmpegDecodesExactlyTheSamplesWeWrote() throws Exception {
        assumeTrue(ExternalTool.onPath("ffmpeg", "-version"),
                "ffmpeg not on PATH: decoding by ffmpeg not checked (apt-get install ffmpeg)");
        byte[] decoded = ExternalTool.run(dir, "ffmpeg", "-v", "error", "-i", file.toString(),
                "-f", "s16le", "-acodec", "pcm_s16le", "-");
        byte[] ours = Files.readAllBytes(file);
        // The data chunk starts right after our 44-byte header; metadata after it must not leak in.
        assertEquals(FRAMES * 4, decoded.length);
        assertArrayEquals(Arrays.copyOfRange(ours, 44, 44 + FRAMES * 4), decoded);
    }

    @Test
    void soxReadsRateChannelsBitsAndLength() throws Exception {
        assumeTrue(ExternalTool.onPath("sox", "--version"),
                "sox not on PATH: WAV header not checked against sox (apt-get install sox)");
        assertEquals("44100", ExternalTool.runText(dir, "sox", "--i", "-r", file.toString()));
        assertEquals("2", ExternalTool.runText(dir, "sox", "--i", "-c", file.toString()));
        assertEquals("16", ExternalTool.runText(dir, "sox", "--i", "-b", file.toString()));
        assertEquals(String.valueOf(FRAMES), ExternalTool.runText(dir, "sox", "--i", "-s", file.toString()));
    }
}
