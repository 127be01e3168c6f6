package audiobook.pipeline;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.util.List;

/**
 * What a build tells its caller while it runs; the command line decides how to show it. Events
 * come one at a time, {@code started} first, then per chapter {@code chapterSpoken} and
 * {@code chapterDone}, warnings at any time; chapters built at once interleave their events, and
 * each comes from the thread building its chapter.
 */
public interface BuildListener {

    BuildListener SILENT = new BuildListener() { };

    default void warning(String message) {
    }

    /** The book is planned; {@code chapters} (all of the plan's, or the selected ones) will be built, in this order. */
    default void started(BookPlan plan, List<ChapterPlan> chapters) {
    }

    /** The first {@code done} segments of a chapter are spoken (synthesised or found in the cache). */
    default void segmentsSpoken(ChapterPlan chapter, int done) {
    }

    /** {@code share} (0 to 1) of a chapter's audio is rendered. */
    default void chapterRendering(ChapterPlan chapter, double share) {
    }

    /** A chapter's narration is synthesised and assembled: {@code seconds} of audio, still to be rendered and written. */
    default void chapterSpoken(ChapterPlan chapter, double seconds) {
    }

    /** A chapter has been written; {@code done} of {@code total} chapters of this build. */
    default void chapterDone(ExportedChapter chapter, int done, int total) {
    }

    /**
     * Files of earlier builds that the book no longer has (a chapter retitled or gone) were
     * removed; names relative to the book's folder.
     */
    default void staleFilesRemoved(List<String> names) {
    }

    /** A chapter's inputs and files are as the last build left them: it was not rendered again. */
    default void chapterUnchanged(ExportedChapter chapter, int done, int total) {
        chapterDone(chapter, done, total);
    }

    /** The build will also encode {@code files} files from the WAVs (MP3s, the M4B), after {@code started}. */
    default void encodingStarted(int files) {
    }

    /**
     * An encoded file is written and measured, or was found as the last build left it
     * ({@code reused}); {@code done} of the {@code total} announced. Encodes run beside the
     * chapters, so these interleave with the chapter events.
     */
    default void fileEncoded(ExportedFile file, boolean reused, int done, int total) {
    }
}
