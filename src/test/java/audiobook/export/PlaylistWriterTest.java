package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistWriterTest {
    @TempDir
    Path dir;

    @Test
    void listsFilesWithRoundedSecondsArtistAndTitle() {
        String m3u = PlaylistWriter.format("The Tempest Book", "Ann Author", List.of(
                new PlaylistEntry("01 Chapter One.wav", "Chapter One: The Storm", 271.4),
                new PlaylistEntry("02 Über, alles.wav", "Zwei, drei", 59.5)));
        assertEquals("""
                #EXTM3U
                #PLAYLIST:The Tempest Book
                #EXTINF:271,Ann Author - Chapter One: The Storm
                01 Chapter One.wav
                #EXTINF:60,Ann Author - Zwei, drei
                02 Über, alles.wav
                """, m3u);
    }

    @Test
    void withoutArtistOrTitleLeavesThemOut() {
        assertEquals("#EXTM3U\n#EXTINF:3,One\n01 One.wav\n",
                PlaylistWriter.format(null, " ", List.of(new PlaylistEntry("01 One.wav", "One", 3))));
    }

    @Test
    void keepsEveryEntryOnItsLines() {
        String m3u = PlaylistWriter.format("Book\nTitle", "Ann\r\nAuthor",
                List.of(new PlaylistEntry("#1 Hash.wav", "Title\nwith break", 1)));
        assertEquals("#EXTM3U\n#PLAYLIST:Book Title\n#EXTINF:1,Ann Author - Title with break\n./#1 Hash.wav\n", m3u);
        assertThrows(IllegalArgumentException.class, () -> new PlaylistEntry("a\nb.wav", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new PlaylistEntry(" ", "x", 1));
        assertThrows(IllegalArgumentException.class, () -> new PlaylistEntry("a.wav", "x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new PlaylistEntry("a.wav", "x", -1));
    }

    @Test
    void writesUtf8WithoutByteOrderMark() throws IOException {
        Path file = dir.resolve("Das Buch.m3u8");
        PlaylistWriter.write(file, "Café", null, List.of(new PlaylistEntry("01 Café.wav", "Café", 2)));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals("#EXTM3U\n".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(bytes, 8));
        assertEquals("#EXTM3U\n#PLAYLIST:Café\n#EXTINF:2,Café\n01 Café.wav\n", new String(bytes, StandardCharsets.UTF_8));
    }
}
