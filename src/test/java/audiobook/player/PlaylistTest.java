package audiobook.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistTest {

    @TempDir
    Path dir;

    @Test
    void aBookFolderGivesItsChaptersInManifestOrderWithSentences() throws Exception {
        Playlist book = Playlist.load(TinyBook.write(dir));
        assertEquals("Tiny Book", book.title());
        assertEquals(List.of(1, 2), book.tracks().stream().map(Track::number).toList());
        assertEquals(5000, book.durationMs());
        assertEquals("The wind rose.", book.tracks().get(0).sentences().get(1).text());
        assertEquals(book, Playlist.load(dir.resolve("manifest.json")));
    }

    @Test
    void wavsWithoutAManifestPlayInNameOrderWithoutSentences() throws Exception {
        TinyBook.write(dir);
        Files.delete(dir.resolve("manifest.json"));
        Playlist bare = Playlist.load(dir);
        assertEquals(List.of("01 One", "02 Two"), bare.tracks().stream().map(Track::title).toList());
        assertEquals(3000, bare.tracks().get(0).durationMs());
        assertTrue(bare.tracks().get(0).sentences().isEmpty());
    }

    @Test
    void aDryMasterInNarrationFindsTheManifestAbove() throws Exception {
        TinyBook.write(dir);
        Path narration = dir.resolve("narration");
        Playlist one = Playlist.load(narration.resolve(TinyBook.FILES[0]));
        assertEquals(1, one.tracks().size());
        assertEquals(narration.resolve(TinyBook.FILES[0]), one.tracks().get(0).file());
        assertEquals(3, one.tracks().get(0).sentences().size());
    }

    @Test
    void aBrokenManifestOrAnEmptyFolderIsAnInputErrorNamingIt() throws Exception {
        Files.writeString(dir.resolve("manifest.json"), "{ not json");
        AudiobookException broken = assertThrows(AudiobookException.class, () -> Playlist.load(dir));
        assertEquals(AudiobookException.Kind.INPUT, broken.kind());
        assertTrue(broken.getMessage().startsWith(dir.resolve("manifest.json") + ": not a readable book manifest"),
                broken.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertTrue(assertThrows(AudiobookException.class, () -> Playlist.load(empty)).getMessage()
                .contains("holds no manifest.json and no WAV files"));
    }
}
