package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BuildCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void aMissingStoryIsOneLineNamingTheFileAndExitTwo() {
        assertEquals(2, run("build", "missing.txt"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("missing.txt"));
    }

    @Test
    void helpListsTheExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Exit codes") && out.toString().contains("3"));
    }

    @Test
    void versionNamesTheLibraries() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("FreeTTS") && out.toString().contains("TarsosDSP"));
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("build", "--jobs", "zero"));
        assertEquals(2, run("build", "--jobs", "0", "seeds/jasper-and-rusty.txt"));
        assertEquals(2, run("build", "--ambience-db", "NaN", "seeds/jasper-and-rusty.txt"));
    }
}
