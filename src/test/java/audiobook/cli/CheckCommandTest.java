package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.WavMetadata;
import audiobook.export.WavWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** A stereo 1 kHz sine at the given level, with two seconds of it. */
    private Path sine(String name, double dbfs) throws IOException {
        Path file = dir.resolve(name);
        float[][] block = new float[2][88200];
        double amplitude = Math.pow(10, dbfs / 20);
        for (int i = 0; i < block[0].length; i++) {
            block[0][i] = block[1][i] = (float) (amplitude * Math.sin(2 * Math.PI * 1000 * i / 44100.0));
        }
        try (WavWriter w = new WavWriter(file, 44100, 2)) {
            w.write(block, block[0].length);
            w.commit(WavMetadata.NONE);
        }
        return file;
    }

    @Test
    void passesAFileOnTargetAndFailsOneThatIsNot() throws IOException {
        // BS.1770: a stereo 1 kHz sine at -18 dBFS per channel reads -18 LUFS.
        Path good = sine("good.wav", -18);
        Path loud = sine("loud.wav", -6);
        assertEquals(0, run("check", good.toString()), out + err.toString());
        assertTrue(out.toString().contains("-18.0") && out.toString().contains("pass"), out.toString());
        assertEquals(CheckCommand.TARGET_MISSED, run("check", good.toString(), loud.toString()));
        assertEquals(4, CheckCommand.TARGET_MISSED, "the code the README and --help document");
        assertTrue(out.toString().contains("FAIL"));
    }

    @Test
    void aMissedTargetHasAnExitCodeOfItsOwnListedInTheHelp() throws IOException {
        Path quiet = sine("quiet.wav", -40);
        assertEquals(4, run("check", quiet.toString()), out + err.toString());
        assertEquals("", err.toString(), "a file measured and judged is no error");
        assertEquals(2, run("check", quiet.toString(), dir.resolve("absent.wav").toString()),
                "a file that cannot be read is bad input, whatever the files before it measured");
        out.getBuffer().setLength(0);
        assertEquals(0, run("check", "--help"));
        assertTrue(out.toString().matches("(?s).*\\n +4 +check: a file misses its targets.*"), out.toString());
        assertTrue(out.toString().contains("4 when any misses a target"), out.toString());
    }

    @Test
    void anUnreadableFileIsOneLineAndExitTwo() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.wav"), "not audio at all");
        assertEquals(2, run("check", text.toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("notes.wav"));
        assertEquals(2, run("check", dir.resolve("absent.wav").toString()));
    }
}
