package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.BookManifest;
import audiobook.export.ChapterCompanions;
import audiobook.export.ChapterWavExporter;
import audiobook.export.CoverImage;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.export.ManifestWriter;
import audiobook.export.ReadAlongPage;
import audiobook.export.ReportWriter;
import audiobook.io.Disk;
import audiobook.mix.ChapterRenderer;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.soundscape.SoundscapeScore;
import audiobook.soundscape.SoundscapeScorer;
import audiobook.speech.SegmentCache;
import audiobook.speech.SpeechEngine;
import audiobook.text.Manuscript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Builds a book: read, plan, score, then per chapter ({@link ChapterJob}), up to {@code --jobs}
 * chapters at a time, speak, render, mix, master and export; each chapter's MP3s are encoded
 * from its WAVs on the same pool, and the M4B from all of them once every chapter is written
 * ({@link FormatStage}); then the book's manifest, playlists, report and read-along page.
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

    /** A chapter's outcome and the encodes of its MP3s, queued behind it on the same pool. */
    private record Built(ChapterJob.Outcome outcome, List<Future<ExportedFile>> mp3s) {
    }

    public BuildResult build(BuildSettings settings, BuildListener listener) {
        return build(settings, ChapterSelection.ALL, listener);
    }

    /** Builds the selected chapters only; the others keep their files and manifest entries. */
    public BuildResult build(BuildSettings settings, ChapterSelection selection, BuildListener caller) {
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
        Path folder = null;
        BookLock lock = null;
        try {
            PlannedBook book = BookPlanner.plan(settings);
            Manuscript manuscript = book.manuscript();
            BookPlan plan = book.plan();
            List<ChapterPlan> chapters = selection.pick(plan);
            BuildListener listener = new SerialListener(caller);
            SoundscapeScore score = SoundscapeScorer.score(plan, settings.soundscape());
            folder = book.folder();
            // The lock first: a build turned away says one line and nothing else.
            lock = OutputFolder.prepare(folder, settings.force(), listener::warning);
            OutputFolder.recordSource(folder, settings.story());
            plan.warnings().forEach(listener::warning);
            listener.started(plan, chapters);
            FormatStage formats = new FormatStage(settings, plan, folder, Covers.choose(settings.formats(), userCover,
                    manuscript.info().cover(), plan, listener::warning), settings.useCache(), listener);
            formats.start(chapters, settings.profiles().size());
            String coverName = formats.writeCover();
            SegmentCache cache = !settings.useCache() ? SegmentCache.NONE
                    : SegmentCache.at((settings.cache() != null ? settings.cache() : folder.resolve(".cache"))
                            .resolve("segments"));
            ChapterWriter writer = new ChapterWriter(folder, new ChapterWavExporter(plan.title(), plan.author()),
                    new ChapterRenderer(settings.mix().ducker(), folder), settings.profiles(), settings.stems());
            ChapterJob job = new ChapterJob(settings, plan, score, new Synthesiser(engine, settings.cast(), cache, speakers),
                    new RenderedChapters(settings.useCache() ? folder : null), writer, listener, folder);
            List<Future<Built>> pending = new ArrayList<>();
            for (ChapterPlan chapter : chapters) {
                pending.add(renderers.submit(() -> {
                    ChapterJob.Outcome outcome = job.build(chapter);
                    // Queued behind the chapters still to render, so encoding never holds them up.
                    return new Built(outcome, formats.mp3Tasks(outcome.chapter()).stream().map(renderers::submit).toList());
                }));
            }
            List<ExportedChapter> exported = new ArrayList<>();
            List<Built> built = new ArrayList<>();
            int synthesised = 0;
            int reused = 0;
            int unchanged = 0;
            double synthesisSeconds = 0;
            for (Future<Built> future : pending) {
                Built b = Futures.await(future);
                built.add(b);
                ChapterJob.Outcome outcome = b.outcome();
                exported.add(outcome.chapter());
                synthesised += outcome.synthesised();
                reused += outcome.reused();
                unchanged += outcome.unchanged() ? 1 : 0;
                synthesisSeconds += outcome.synthesisSeconds();
            }
            String soundscapeName = score.names();
            BookManifest manifest = selection.merge(ManifestWriter.manifest(folder, plan, soundscapeName, exported),
                    plan, folder, listener::warning);
            // On this thread while the MP3s encode on the pool: it needs every chapter's WAV, no more.
            ExportedFile m4b = formats.m4b(manifest);
            Map<Integer, List<ExportedFile>> mp3s = new LinkedHashMap<>();
            List<ExportedFile> encoded = new ArrayList<>();
            for (Built b : built) {
                List<ExportedFile> files = new ArrayList<>();
                for (Future<ExportedFile> mp3 : b.mp3s()) {
                    files.add(Futures.await(mp3));
                }
                if (!files.isEmpty()) {
                    mp3s.put(b.outcome().chapter().plan().number(), files);
                    encoded.addAll(files);
                }
            }
            if (m4b != null) {
                encoded.add(m4b);
            }
            for (ExportedFile f : encoded) {
                if (!f.passes()) {
                    listener.warning(folder.relativize(f.path()) + ": " + String.join("; ", f.failures()));
                }
            }
            manifest = formats.annotate(manifest, mp3s, m4b, coverName);
            // Before the new manifest replaces the old one, which names what earlier builds wrote.
            Set<Path> written = new HashSet<>();
            exported.forEach(c -> written.addAll(writer.outputs(c)));
            encoded.forEach(f -> written.add(f.path()));
            List<String> removed = new ArrayList<>();
            StaleFiles.remove(folder, plan, written, selection::contains, removed::add);
            if (!removed.isEmpty()) {
                listener.staleFilesRemoved(removed);
            }
            ManifestWriter.write(folder.resolve("manifest.json"), manifest);
            if (selection.isAll()) {
                ChapterCompanions.writePlaylist(folder, plan, exported);
            } else {
                selection.writePlaylist(folder, plan, manifest);
            }
            formats.writeMp3Playlist(manifest);
            ReportWriter.write(folder, exported, encoded);
            if (settings.formats().has(OutputFormat.EPUB)) {
                EpubStage.write(folder, plan.slug(), manifest, listener::warning);
            }
            ReadAlongPage.write(folder, manifest);
            SynthesisReport synthesis = new SynthesisReport(synthesised, reused, exported.size() - unchanged, unchanged,
                    cache.corruptEntries(), synthesisSeconds);
            return new BuildResult(plan, folder, soundscapeName, exported, (System.nanoTime() - started) / 1e9,
                    synthesis, encoded);
        } catch (IOException e) {
            throw stopping ? stopped(e) : Disk.failure(folder != null ? folder : BookPlanner.BOOKS, e);
        } catch (RuntimeException e) {
            throw stopping ? stopped(e) : e;
        } finally {
            // A stop interrupts this thread: clear it, or the waits below return at once (before the
            // chapters have removed their temporary files) and the lock's file cannot be emptied.
            Thread.interrupted();
            stop(renderers);
            stop(speakers);
            if (lock != null) {
                lock.close();
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
