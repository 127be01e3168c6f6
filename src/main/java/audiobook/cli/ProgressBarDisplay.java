package audiobook.cli;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.PrintWriter;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressState;

/**
 * The live progress bar on a terminal, drawn by {@code me.tongfei:progressbar} on its own thread
 * and redrawn in place on stderr: "Building  62% ▕██████▌    ▏ chapter 2/3 · 0:04 left · 18× real time".
 */
final class ProgressBarDisplay extends BuildDisplay {

    private static final String CLEAR_TO_END = "\033[K";
    private static final String[] PARTS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    /** Room for "chapter 12/40 · 1:02:03 left · 18× real time". */
    private static final int STATUS_ROOM = 44;

    private ProgressBar bar;

    ProgressBarDisplay(PrintWriter err) {
        super(err);
    }

    @Override
    public void started(BookPlan plan, List<ChapterPlan> chapters) {
        super.started(plan, chapters);
        bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(work.totalUnits())
                .setUpdateIntervalMillis(250).setRenderer(this::render).setConsumer(new TerminalLine()).build();
    }

    @Override
    public void chapterSpoken(ChapterPlan chapter, double seconds) {
        super.chapterSpoken(chapter, seconds);
        bar.stepTo(work.doneUnits());
    }

    @Override
    public void chapterDone(ExportedChapter chapter, int done, int total) {
        super.chapterDone(chapter, done, total);
        bar.stepTo(work.doneUnits());
    }

    @Override
    public void encodingStarted(int files) {
        super.encodingStarted(files);
        bar.maxHint(work.totalUnits());
    }

    @Override
    public void fileEncoded(ExportedFile file, boolean reused, int done, int total) {
        super.fileEncoded(file, reused, done, total);
        bar.stepTo(work.doneUnits());
    }

    @Override
    public void warning(String message) {
        synchronized (err) {
            err.print("\r" + CLEAR_TO_END);   // the bar comes back under the warning at its next redraw
            super.warning(message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private String render(ProgressState state, int width) {
        // The build's own clock, not the bar's, so the speed matches the summary's.
        return line(work.fraction(), work.status(elapsedSeconds()), width);
    }

    /** The bar's text for a fraction done and a status, at most {@code width} characters when it fits. */
    static String line(double fraction, String status, int width) {
        String head = String.format("Building %3d%% ▕", (int) Math.floor(fraction * 100));
        String tail = "▏ " + status;
        // The bar keeps its width while the status grows, so it does not jump.
        int cells = Math.max(10, Math.min(40, width - head.length() - STATUS_ROOM));
        int eighths = (int) Math.round(Math.max(0, Math.min(1, fraction)) * cells * 8);
        StringBuilder s = new StringBuilder(head).append("█".repeat(eighths / 8));
        if (eighths / 8 < cells) {
            s.append(PARTS[eighths % 8]);
            s.append(" ".repeat(cells - eighths / 8 - (eighths % 8 == 0 ? 0 : 1)));
        }
        return s.append(tail).toString();
    }

    /** Writes each frame of the bar over the previous one. */
    private final class TerminalLine implements ProgressBarConsumer {

        @Override
        public int getMaxRenderedLength() {
            try {
                return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80")) - 1;
            } catch (NumberFormatException e) {
                return 79;
            }
        }

        @Override
        public void accept(String frame) {
            synchronized (err) {
                err.print("\r" + frame + CLEAR_TO_END);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                err.println();
                err.flush();
            }
        }
    }
}
