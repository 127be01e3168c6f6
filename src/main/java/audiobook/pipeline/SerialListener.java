package audiobook.pipeline;

import audiobook.export.ExportedChapter;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.util.List;

/**
 * Passes a build's events on one at a time, from whichever thread builds a chapter, and counts
 * the chapters finished so far in the order they finish.
 */
final class SerialListener implements BuildListener {

    private final BuildListener listener;
    private final int total;
    private int done;

    SerialListener(BuildListener listener, int total) {
        this.listener = listener;
        this.total = total;
    }

    @Override
    public synchronized void warning(String message) {
        listener.warning(message);
    }

    @Override
    public synchronized void started(BookPlan plan, List<ChapterPlan> chapters) {
        listener.started(plan, chapters);
    }

    @Override
    public synchronized void chapterSpoken(ChapterPlan chapter, double seconds) {
        listener.chapterSpoken(chapter, seconds);
    }

    /** The counts given are ignored: this listener counts. */
    @Override
    public synchronized void chapterDone(ExportedChapter chapter, int ignoredDone, int ignoredTotal) {
        listener.chapterDone(chapter, ++done, total);
    }

    @Override
    public synchronized void chapterUnchanged(ExportedChapter chapter, int ignoredDone, int ignoredTotal) {
        listener.chapterUnchanged(chapter, ++done, total);
    }
}
