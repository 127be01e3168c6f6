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
}
