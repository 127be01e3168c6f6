package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** FreeTTS's own lines never reach the terminal; with --verbose they are marked as its. */
class ConsoleFilterTest {

    @Test
    void freeTtsLinesAreDroppedAndEverythingElsePasses() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream original = new PrintStream(terminal, true, StandardCharsets.UTF_8);
        PrintStream filtered = new PrintStream(new ConsoleFilter(original, null), true, StandardCharsets.UTF_8);
        filtered.println("Can't find diphone pau-ng");
        filtered.println("FreeTTSSpeakableImpl:Wait interrupted");
        filtered.println("Exception in thread \"x\" java.lang.RuntimeException: boom");
        filtered.print("partial");
        filtered.flush();
        assertEquals("Exception in thread \"x\" java.lang.RuntimeException: boom\npartial",
                terminal.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void withVerboseTheyGoToTheLogMarked() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream filtered = new PrintStream(new ConsoleFilter(new PrintStream(terminal, true),
                new PrintStream(log, true)), true);
        filtered.println("Can't find diphone pau-ng");
        assertEquals("", terminal.toString());
        assertEquals("freetts: Can't find diphone pau-ng\n", log.toString().replace(System.lineSeparator(), "\n"));
    }
}
