package audiobook.cli;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.pipeline.BuildListener;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a build while it runs, on stderr. This base shows only warnings (for {@code --quiet});
 * {@link ProgressBarDisplay} draws a live bar on a terminal and {@link ProgressLines} writes an
 * occasional plain line for logs. Every kind keeps the warnings for the closing summary.
 */
class BuildDisplay implements BuildListener, AutoCloseable {

    /** {@code --progress}: whether to draw the live bar. */
    enum Mode { AUTO, ALWAYS, NEVER }

    protected final PrintWriter err;
    protected final BuildWork work = new BuildWork();
    private final long startNanos = System.nanoTime();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();
    /** Whether Ctrl-C stopped the build; guarded by {@code err}. */
    private boolean stopped;

    BuildDisplay(PrintWriter err) {
        this.err = err;
    }

    static BuildDisplay choose(Mode mode, boolean quiet, boolean terminal, PrintWriter err) {
        if (quiet) {
            return new BuildDisplay(err);
        }
        boolean bar = mode == Mode.ALWAYS || mode == Mode.AUTO && terminal;
        return bar ? new ProgressBarDisplay(err) : new ProgressLines(err);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Files of earlier builds the book no longer has, removed by this build. */
    synchronized List<String> removed() {
        return List.copyOf(removed);
    }

    @Override
    public synchronized void staleFilesRemoved(List<String> names) {
        removed.addAll(names);
    }

    /**
     * Ctrl-C: ends whatever is drawn so that the message goes on a line of its own, then says
     * how to go on. Called from the JVM's shutdown thread while the build is still running.
     */
    void stopped() {
        close();
        synchronized (err) {
            stopped = true;
            err.println("audiobook: stopped; rerun to resume from the cache");
            err.flush();
        }
    }

    /** Prints a line of progress or a warning; nothing after Ctrl-C's message, which stays the last line. */
    protected void line(String text) {
        synchronized (err) {
            if (!stopped) {
                err.println(text);
                err.flush();
            }
        }
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
        line("warning: " + message);
    }

    @Override
    public void started(BookPlan plan, List<ChapterPlan> chapters) {
        work.start(chapters);
    }

    @Override
    public void segmentsSpoken(ChapterPlan chapter, int done) {
        work.segmentsSpoken(chapter, done);
    }

    @Override
    public void chapterRendering(ChapterPlan chapter, double share) {
        work.rendering(chapter, share);
    }

    @Override
    public void chapterSpoken(ChapterPlan chapter, double seconds) {
        work.spoken(chapter);
    }

    @Override
    public void chapterDone(ExportedChapter chapter, int done, int total) {
        work.done(chapter);
    }

    @Override
    public void encodingStarted(int files) {
        work.encodingStarted(files);
    }

    @Override
    public void fileEncoded(ExportedFile file, boolean reused, int done, int total) {
        work.encoded();
    }

    @Override
    public void close() {
    }
}
