package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a book goes without -o: two stories with the same name never share a folder. */
class OutputFolderTest {

    @TempDir
    Path dir;

    @Test
    void twoStoriesOfTheSameNameGetTwoFoldersAndEachKeepsItsOwn() throws Exception {
        Path books = dir.resolve("out");
        Path a = Files.writeString(Files.createDirectories(dir.resolve("a")).resolve("story.txt"), "A.");
        Path b = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("story.txt"), "B.");
        Path forA = OutputFolder.defaultFor(books, "story", a);
        assertEquals(books.resolve("story"), forA, "the first story takes the plain name");
        Files.createDirectories(forA);
        OutputFolder.recordSource(forA, a);
        Path forB = OutputFolder.defaultFor(books, "story", b);
        assertNotEquals(forA, forB);
        assertTrue(forB.getFileName().toString().matches("story-[0-9a-f]{6}"), forB.toString());
        Files.createDirectories(forB);
        OutputFolder.recordSource(forB, b);
        assertEquals(forA, OutputFolder.defaultFor(books, "story", a), "each story finds its own folder again");
        assertEquals(forB, OutputFolder.defaultFor(books, "story", b));
        assertEquals(forB, OutputFolder.defaultFor(books, "story", dir.resolve("b/../b/story.txt")), "however it is named");
    }

    @Test
    void aFolderOfAnEarlierVersionWithoutARecordIsTheStorysOwn() throws Exception {
        Path books = dir.resolve("out");
        Files.createDirectories(books.resolve("story"));
        Path a = Files.writeString(dir.resolve("story.txt"), "A.");
        assertEquals(books.resolve("story"), OutputFolder.defaultFor(books, "story", a));
    }

    @Test
    void aStorysBuiltBookIsFoundByItsRecordTheLastBuiltFirst() throws Exception {
        Path books = dir.resolve("out");
        Path story = Files.writeString(dir.resolve("story.txt"), "A.");
        assertTrue(BookPlanner.builtFolder(books, story).isEmpty(), "no out/ yet");
        Path other = Files.createDirectories(books.resolve("other"));
        Files.writeString(other.resolve("manifest.json"), "{}");
        OutputFolder.recordSource(other, dir.resolve("other.txt"));
        Path planned = Files.createDirectories(books.resolve("planned-only"));
        OutputFolder.recordSource(planned, story);
        assertTrue(BookPlanner.builtFolder(books, story).isEmpty(), "a folder without a manifest holds no book yet");
        Path first = Files.createDirectories(books.resolve("first"));
        OutputFolder.recordSource(first, story);
        Files.writeString(first.resolve("manifest.json"), "{}");
        Files.setLastModifiedTime(first.resolve("manifest.json"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertEquals(first, BookPlanner.builtFolder(books, story).orElseThrow());
        Path again = Files.createDirectories(books.resolve("again"));
        OutputFolder.recordSource(again, story);
        Files.writeString(again.resolve("manifest.json"), "{}");
        assertEquals(again, BookPlanner.builtFolder(books, dir.resolve("./story.txt")).orElseThrow(), "the last built");
    }
}
