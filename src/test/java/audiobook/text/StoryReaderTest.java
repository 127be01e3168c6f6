package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryReaderTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsAnInputErrorNamingIt() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> StoryReader.decode(dir.resolve("missing.txt")));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("missing.txt"));
    }

    @Test
    void latin1EmptyAndBinaryFilesAreRefusedWithAReason() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n\t\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 0});
        assertTrue(assertThrows(AudiobookException.class, () -> StoryReader.decode(latin1)).getMessage().contains("UTF-8"));
        assertTrue(assertThrows(AudiobookException.class, () -> StoryReader.decode(empty)).getMessage().contains("empty"));
        assertTrue(assertThrows(AudiobookException.class, () -> StoryReader.decode(binary)).getMessage().contains("binary"));
    }
}
