package audiobook.pipeline;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Passes a build's events on one at a time, from whichever thread builds a chapter, and reports
 * finished chapters in book order whatever order they finish in (a chapter that finishes early
 * is held until those before it are done), so logs read the same on every run.
 */
final class SerialListener implements BuildListener {

    private final BuildListener listener;
    private final List<Integer> order = new ArrayList<>();
    private final Map<Integer, Runnable> held = new HashMap<>();
    private int reported;

    SerialListener(BuildListener listener) {
        this.listener = listener;
    }

    @Override
    public synchronized void warning(String message) {
        listener.warning(message);
    }

    @Override
    public synchronized void started(BookPlan plan, List<ChapterPlan> chapters) {
        chapters.forEach(c -> order.add(c.number()));
        listener.started(plan, chapters);
    }

    @Override
    public synchronized void segmentsSpoken(ChapterPlan chapter, int done) {
        listener.segmentsSpoken(chapter, done);
    }

    @Override
    public synchronized void chapterRendering(ChapterPlan chapter, double share) {
        listener.chapterRendering(chapter, share);
    }

    @Override
    public synchronized void chapterSpoken(ChapterPlan chapter, double seconds) {
        listener.chapterSpoken(chapter, seconds);
    }

    @Override
    public synchronized void staleFilesRemoved(List<String> names) {
        listener.staleFilesRemoved(names);
    }

    /** The counts given are ignored: this listener counts. */
    @Override
    public synchronized void chapterDone(ExportedChapter chapter, int ignoredDone, int ignoredTotal) {
        hold(chapter, () -> listener.chapterDone(chapter, reported + 1, order.size()));
    }

    @Override
    public synchronized void chapterUnchanged(ExportedChapter chapter, int ignoredDone, int ignoredTotal) {
        hold(chapter, () -> listener.chapterUnchanged(chapter, reported + 1, order.size()));
    }

    @Override
    public synchronized void encodingStarted(int files) {
        listener.encodingStarted(files);
    }

    @Override
    public synchronized void fileEncoded(ExportedFile file, boolean reused, int done, int total) {
        listener.fileEncoded(file, reused, done, total);
    }

    private void hold(ExportedChapter chapter, Runnable report) {
        held.put(chapter.plan().number(), report);
        while (reported < order.size() && held.containsKey(order.get(reported))) {
            held.remove(order.get(reported)).run();
            reported++;
        }
    }
}
