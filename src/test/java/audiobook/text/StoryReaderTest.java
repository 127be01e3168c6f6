package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderTest {

    @TempDir
    Path dir;

    private String refusal(Path file) {
        AudiobookException e = assertThrows(AudiobookException.class, () -> StoryReader.decode(file));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
        return e.getMessage();
    }

    @Test
    void missingFileIsAnInputErrorNamingIt() {
        assertTrue(refusal(dir.resolve("missing.txt")).contains("no such file"));
        assertTrue(refusal(dir).contains("folder"));
    }

    @Test
    void latin1EmptyAndBinaryFilesAreRefusedWithAReason() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "line one\nthe caf\u00E9".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\t\n\u00A0\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 0});
        Path controls = Files.write(dir.resolve("controls.bin"), new byte[] {'a', 1, 2, 3, 4, 'b', 5, 6, 7, 8});
        Path utf16 = Files.write(dir.resolve("utf16.txt"), "\uFEFFhello".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(latin1 + ": is not UTF-8 text (byte 0xE9 on line 2); save it as UTF-8 and try again", refusal(latin1));
        assertTrue(refusal(empty).contains("empty"));
        assertTrue(refusal(blank).contains("empty"));
        assertTrue(refusal(binary).contains("binary"));
        assertTrue(refusal(controls).contains("binary"));
        assertTrue(refusal(utf16).contains("UTF-16"));
    }

    @Test
    void aByteOrderMarkIsDropped() throws IOException {
        Path bom = Files.writeString(dir.resolve("bom.txt"), "\uFEFFOnce upon a time.");
        assertEquals("Once upon a time.", StoryReader.decode(bom));
    }
}
