package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import audiobook.plan.ChapterPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedChaptersTest {

    @TempDir
    Path book;

    private final ChapterPlan chapter = SynthesiserTest.chapter("One", "A sentence.");

    private ExportedChapter written(Path file) throws IOException {
        Files.write(file, new byte[] {1, 2, 3, 4});
        // Digital silence measures -inf, which JSON has no number for.
        LoudnessReport loudness = new LoudnessReport(-18, -21.5, -1.2, -1.5, Double.NEGATIVE_INFINITY, 12.5, 0);
        ExportedFile master = new ExportedFile(file, DeliveryProfile.IMMERSIVE, loudness, 3, List.of("3 samples clipped"));
        return new ExportedChapter(chapter, 12.5, new long[] {2000, 4000}, new long[] {3000, 5000}, List.of(master));
    }

    @Test
    void aRecordedChapterComesBackWithItsFiguresWhenTheFingerprintMatches() throws IOException {
        Path wav = book.resolve("01 One.wav");
        ExportedChapter done = written(wav);
        new RenderedChapters(book).remember("abc", done, List.of(wav));
        ExportedChapter again = new RenderedChapters(book).unchanged(chapter, "abc").orElseThrow();
        assertEquals(done.files(), again.files());
        assertArrayEquals(done.startMs(), again.startMs());
        assertArrayEquals(done.endMs(), again.endMs());
        assertEquals(12.5, again.seconds());
        assertTrue(new RenderedChapters(book).unchanged(chapter, "abd").isEmpty(), "other inputs");
        assertTrue(new RenderedChapters(null).unchanged(chapter, "abc").isEmpty(), "--no-cache");
    }

    @Test
    void aChangedOrMissingOutputOrADamagedRecordMeansRenderAgain() throws IOException {
        Path wav = book.resolve("01 One.wav");
        new RenderedChapters(book).remember("abc", written(wav), List.of(wav));
        Files.write(wav, new byte[] {1, 2, 3, 4, 5});
        assertTrue(new RenderedChapters(book).unchanged(chapter, "abc").isEmpty());

        new RenderedChapters(book).remember("abc", written(wav), List.of(wav));
        Files.delete(wav);
        assertTrue(new RenderedChapters(book).unchanged(chapter, "abc").isEmpty());

        new RenderedChapters(book).remember("abc", written(wav), List.of(wav));
        Files.writeString(book.resolve(".cache/chapters/01.json"), "{ not json");
        assertTrue(new RenderedChapters(book).unchanged(chapter, "abc").isEmpty());
    }

    @Test
    void aRecordAKilledBuildLeftHalfWrittenIsRemoved() throws IOException {
        Path part = Files.createDirectories(book.resolve(".cache/chapters")).resolve(".01.json.part");
        Files.writeString(part, "{ \"fingerpr");
        new RenderedChapters(book);
        assertTrue(Files.notExists(part));
    }
}
