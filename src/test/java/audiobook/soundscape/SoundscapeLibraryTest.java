package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundscapeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void shipsWindAndStorm() {
        assertTrue(SoundscapeLibrary.names().containsAll(java.util.List.of("storm", "wind")));
        assertEquals(3, SoundscapeLibrary.find("storm").layers().size());
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find("jungle"));
        assertTrue(e.getMessage().contains("jungle") && e.getMessage().contains("storm"));
    }

    @Test
    void aMalformedDefinitionNamesTheFileAndTheField() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"wind\",\"level_db\":\"loud\"}]}");
        AudiobookException e = assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find(bad.toString()));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("level_db"), e.getMessage());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"name\": ");
        assertTrue(assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find(broken.toString()))
                .getMessage().contains("broken.json"));
    }
}
