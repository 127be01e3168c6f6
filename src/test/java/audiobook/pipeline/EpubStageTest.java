package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which MP3s and cover the EPUB is packaged from, and when it is left out. */
class EpubStageTest {

    @TempDir
    Path dir;

    static BookManifest.ChapterEntry chapter(int number, String mp3) {
        var s = new BookManifest.SegmentEntry(0, "Chapter " + number, "Chapter " + number, "narrator", 900, 1600, "title",
                Map.of(), "title");
        return new BookManifest.ChapterEntry(number, "Chapter " + number, number + ".wav", null, null, 4000, -18.0, -1.1,
                List.of(s), mp3, null);
    }

    @Test
    void packagesTheManifestsMp3sAndCover() throws Exception {
        Files.write(dir.resolve("01.mp3"), new byte[] {1});
        Files.write(dir.resolve("cover.png"), new byte[] {2});
        BookManifest manifest = new BookManifest(1, "T", "A", "wind", 1, null, 4000, List.of(chapter(1, "01.mp3")), null,
                "cover.png");
        List<String> warnings = new ArrayList<>();
        EpubStage.write(dir, "t", manifest, warnings::add);
        assertEquals(List.of(), warnings);
        assertTrue(Files.size(dir.resolve("t.epub")) > 0);
    }

    @Test
    void aChapterWithoutAnMp3LeavesTheEpubOutWithAWarning() throws Exception {
        Files.write(dir.resolve("01.mp3"), new byte[] {1});
        BookManifest manifest = new BookManifest(1, "T", "A", "wind", 1, null, 8000,
                List.of(chapter(1, "01.mp3"), chapter(2, null)), null, null);
        List<String> warnings = new ArrayList<>();
        EpubStage.write(dir, "t", manifest, warnings::add);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("chapter 2 has no MP3"), warnings.toString());
        assertTrue(Files.notExists(dir.resolve("t.epub")));
    }
}
