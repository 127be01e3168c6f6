package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class VoicesCommandTest {

    @Test
    void listsEachVoiceWithItsSampleRateAndDescriptionTheDefaultFirst() {
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"voices"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, exit);
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[0].matches("kevin16\\s+16 kHz\\s+.*\\(default\\)"), lines[0]);
        assertTrue(lines[1].matches("kevin\\s+8 kHz\\s+\\S.*"), lines[1]);
        assertTrue(out.toString().contains("Default narrator: kevin16, 150 wpm"), out.toString());
        assertTrue(out.toString().contains("Default dialogue: kevin16, 160 wpm, pitch 110 Hz"), out.toString());
    }

    @Test
    void listsTheVoicesMadeFromKevin16WithTheirPitchAndWordErrorRate() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new String[] {"voices"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        long listed = out.toString().lines().filter(l -> l.matches("  [a-z-]+ +\\d+ Hz +0\\.\\d{3}  \\S.*")).count();
        assertTrue(listed >= 6, out.toString());
        assertTrue(out.toString().contains("audiobook voices --sample NAME"), out.toString());
    }

    @Test
    void aSampleIsWrittenInTheVoiceAsked(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        StringWriter out = new StringWriter();
        java.nio.file.Path file = dir.resolve("w.wav");
        assertEquals(0, Main.run(new String[] {"voices", "--sample", "woman", "-o", file.toString()},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)));
        assertTrue(java.nio.file.Files.exists(file));
        assertTrue(out.toString().matches("(?s).*woman, \\d\\.\\d s, mean pitch \\d+ Hz.*"), out.toString());
    }

    @Test
    void theRootHelpListsTheCommand() {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertTrue(out.toString().contains("voices"));
    }
}
