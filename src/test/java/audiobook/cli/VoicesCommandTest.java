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
    void theRootHelpListsTheCommand() {
        StringWriter out = new StringWriter();
        Main.run(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertTrue(out.toString().contains("voices"));
    }
}
