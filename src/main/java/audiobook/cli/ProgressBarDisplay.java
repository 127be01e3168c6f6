package audiobook.cli;

import audiobook.export.ExportedFile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressState;

/**
 * The live progress bar on a terminal, drawn by {@code me.tongfei:progressbar} on its own thread
 * four times a second and redrawn in place on stderr: "Building  62% ▕██████▌    ▏ chapter 2/3 ·
 * 0:04 left · 18× real time". It moves with the seconds of audio spoken and rendered
 * ({@link BuildWork}), and every frame fits the terminal's width (asked of {@code stty} now and
 * then, so a resized window is followed), so it never wraps.
 */
final class ProgressBarDisplay extends BuildDisplay {

    private static final String CLEAR_TO_END = "\033[K";
    private static final String[] PARTS = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};

    /** Room for "chapter 12/40 · 1:02:03 left · 18× real time". */
    private static final int STATUS_ROOM = 44;
    private static final int DEFAULT_COLUMNS = 80;
    /** How often the terminal's width is asked again. */
    private static final long WIDTH_CHECK_NANOS = TimeUnit.SECONDS.toNanos(2);

    private ProgressBar bar;
    private final Object widthLock = new Object();
    private int columns = -1;
    private long columnsCheckedAt;

    ProgressBarDisplay(PrintWriter err) {
        super(err);
    }

    @Override
    public synchronized void started(BookPlan plan, List<ChapterPlan> chapters) {
        super.started(plan, chapters);
        // Continuous: the frame follows the build's own count, not the library's, so it must redraw
        // whether or not that count moved.
        bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(PERMILLE).continuousUpdate()
                .setUpdateIntervalMillis(250).setRenderer(this::render).setConsumer(new TerminalLine()).build();
    }

    private static final int PERMILLE = 1000;

    @Override
    public void chapterDone(audiobook.export.ExportedChapter chapter, int done, int total) {
        super.chapterDone(chapter, done, total);
        step();
    }

    /** Keeps the library's count with ours, so that its last frame is drawn from the end. */
    private synchronized void step() {
        if (bar != null) {
            bar.stepTo(Math.round(work.fraction() * PERMILLE));
        }
    }

    @Override
    public void fileEncoded(ExportedFile file, boolean reused, int done, int total) {
        super.fileEncoded(file, reused, done, total);
        step();
    }

    @Override
    public void warning(String message) {
        synchronized (err) {
            err.print("\r" + CLEAR_TO_END);   // the bar comes back under the warning at its next redraw
            super.warning(message);
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private String render(ProgressState state, int width) {
        // The build's own clock, not the bar's, so the speed matches the summary's.
        return line(work.fraction(), work.status(elapsedSeconds()), width);
    }

    /**
     * The bar's text for a fraction done and a status, never more than {@code width} characters:
     * the bar shrinks first, then the status is cut.
     */
    static String line(double fraction, String status, int width) {
        String head = String.format("Building %3d%% ▕", (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100));
        // Where the whole status does not fit beside ten cells, parts go whole: first which chapter,
        // then the speed; the time left stays longest.
        if (head.length() + 10 + 2 + status.length() > width && status.startsWith("chapter ") && status.contains(" · ")) {
            status = status.substring(status.indexOf(" · ") + 3);
        }
        while (head.length() + 10 + 2 + status.length() > width && status.contains(" · ")) {
            status = status.substring(0, status.lastIndexOf(" · "));
        }
        String tail = "▏ " + status;
        // The bar keeps its width while the status grows, so it does not jump; on a narrow
        // terminal the status is cut first, and the bar shrinks only below ten cells of room.
        int cells = Math.max(10, Math.min(40, width - head.length() - STATUS_ROOM));
        if (head.length() + cells + tail.length() > width) {
            cells = Math.max(10, width - head.length() - tail.length());
        }
        if (head.length() + cells + 1 > width) {
            cells = Math.max(1, width - head.length() - 1);
        }
        int eighths = (int) Math.round(Math.max(0, Math.min(1, fraction)) * cells * 8);
        StringBuilder s = new StringBuilder(head).append("█".repeat(eighths / 8));
        if (eighths / 8 < cells) {
            s.append(PARTS[eighths % 8]);
            s.append(" ".repeat(cells - eighths / 8 - (eighths % 8 == 0 ? 0 : 1)));
        }
        s.append(tail);
        if (s.length() > width) {
            s.setLength(Math.max(0, width - 1));
            s.append('…');
        }
        return s.toString();
    }

    /** The terminal's width in columns: stty's answer, else $COLUMNS, else 80. */
    int columns() {
        synchronized (widthLock) {
            long now = System.nanoTime();
            if (columns < 0 || now - columnsCheckedAt > WIDTH_CHECK_NANOS) {
                columns = askTerminalWidth();
                columnsCheckedAt = now;
            }
            return columns;
        }
    }

    private static int askTerminalWidth() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(false).start();
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (p.waitFor(1, TimeUnit.SECONDS) && p.exitValue() == 0 && answer.matches("\\d+ \\d+")) {
                int cols = Integer.parseInt(answer.split(" ")[1]);
                if (cols > 0) {
                    return cols;
                }
            }
        } catch (IOException | RuntimeException e) {
            // no stty (Windows) or no terminal: fall back
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int cols = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "").strip());
            return cols > 0 ? cols : DEFAULT_COLUMNS;
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }

    /**
     * Writes each frame of the bar over the previous one. The last frame is drawn here, on close,
     * from the build's own count: a redraw the library had under way when it was closed could
     * otherwise come after it and leave an old frame on the screen.
     */
    private final class TerminalLine implements ProgressBarConsumer {

        private boolean closed;

        @Override
        public int getMaxRenderedLength() {
            // One column short of the edge: writing the last column makes some terminals wrap.
            return Math.max(20, columns() - 1);
        }

        @Override
        public void accept(String frame) {
            synchronized (err) {
                if (!closed) {
                    err.print("\r" + frame + CLEAR_TO_END);
                    err.flush();
                }
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                if (!closed) {
                    closed = true;
                    err.print("\r" + render(null, getMaxRenderedLength()) + CLEAR_TO_END);
                    err.println();
                    err.flush();
                }
            }
        }
    }
}
