package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.CoverImage;
import audiobook.io.Disk;
import audiobook.speech.SpeechEngine;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Builds a book in three steps ({@link BookBuild}): prepare (read, plan and score it, lock its
 * folder, ready the stages), build the chapters ({@link ChapterJob}: up to {@code --jobs} at a
 * time, speak, render, master and write; each chapter's MP3s are encoded from its WAVs on the
 * same pool), and finish the book (the M4B from every chapter's WAV, {@link FormatStage}; stale
 * files removed; the manifest, playlists, report and read-along page, {@link BookFiles}). Owns
 * the threads and the stopping.
 */
public final class BookBuilder {

    public static final int SAMPLE_RATE = 44100;

    private final SpeechEngine engine;

    public BookBuilder(SpeechEngine engine) {
        this.engine = engine;
    }

    private volatile boolean stopping;
    private volatile Thread building;

    /**
     * Stops a build running on another thread (Ctrl-C): its chapters stop at their next block,
     * their temporary files are removed, and {@link #build} throws an {@code AudiobookException}
     * of kind STOPPED. Returns at once.
     */
    public void stop() {
        stopping = true;
        Thread t = building;
        if (t != null) {
            t.interrupt();
        }
    }

    public BuildResult build(BuildSettings settings, BuildListener listener) {
        return build(settings, ChapterSelection.ALL, listener);
    }

    /** Builds the selected chapters only; the others keep their files and manifest entries. */
    public BuildResult build(BuildSettings settings, ChapterSelection selection, BuildListener listener) {
        long started = System.nanoTime();
        building = Thread.currentThread();
        checkFormats(settings.formats());
        CoverImage userCover = Covers.userCover(settings.formats());
        int jobs = Math.max(1, settings.jobs());
        // Two pools: chapters render on one while their segments are synthesised on the other,
        // so a chapter waiting for its speech never holds up the speech it waits for. At most
        // `jobs` chapters are in flight, which bounds the clips held in memory.
        ChapterOrderExecutor speakers = new ChapterOrderExecutor(jobs);
        ExecutorService renderers = Executors.newFixedThreadPool(jobs);
        speakers.submit(0, () -> {
            engine.prepare(settings.cast().narrator().voice(), jobs);
            return null;
        });
        BookBuild book = null;
        try {
            book = new BookBuild(settings, selection, listener);
            book.prepare(engine, speakers, userCover);
            return book.finish(book.buildChapters(renderers), started);
        } catch (IOException e) {
            throw stopping ? stopped(e) : Disk.failure(book != null ? book.folder() : BookPlanner.BOOKS, e);
        } catch (RuntimeException e) {
            throw stopping ? stopped(e) : e;
        } finally {
            // A stop interrupts this thread: clear it, or the waits below return at once (before the
            // chapters have removed their temporary files) and the lock's file cannot be emptied.
            Thread.interrupted();
            stop(renderers);
            stop(speakers);
            if (book != null) {
                book.close();
            }
            building = null;
            Thread.interrupted();   // a stop that came after the work was done must not leak to the caller
        }
    }

    private static AudiobookException stopped(Exception cause) {
        return new AudiobookException(AudiobookException.Kind.STOPPED, "stopped; rerun to resume from the cache", cause);
    }

    /**
     * Why wait: after a failure the other chapters' renderers see the interrupt at their next
     * block and discard their temporary files; returning before they have would let them write
     * after the build has said it failed.
     */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before anything is read or written: an M4B cannot be made without ffmpeg. */
    private static void checkFormats(FormatSettings formats) {
        if (formats.has(OutputFormat.M4B) && formats.ffmpeg() == null) {
            throw AudiobookException.environment("--format m4b needs ffmpeg, which is not on the PATH: install it "
                    + "(Debian/Ubuntu: apt-get install ffmpeg) or leave m4b out", null);
        }
    }
}
