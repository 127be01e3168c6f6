package audiobook.pipeline;

import audiobook.export.BookManifest;
import audiobook.export.ChapterWavExporter;
import audiobook.export.CoverImage;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
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
import java.util.concurrent.Future;

/**
 * One build of a book, in the order {@link BookBuilder} calls them: {@link #BookBuild planned}
 * (nothing written yet), {@link #prepare} the folder and the stages, {@link #buildChapters},
 * then {@link #finish} the book. It holds the folder's lock from {@link #prepare} until
 * {@link #close}.
 */
final class BookBuild implements AutoCloseable {

    /** A chapter's outcome and the encodes of its MP3s, queued behind it on the same pool. */
    record Built(ChapterJob.Outcome outcome, List<Future<ExportedFile>> mp3s) {
    }

    private final BuildSettings settings;
    private final ChapterSelection selection;
    private final Manuscript manuscript;
    private final BookPlan plan;
    private final List<ChapterPlan> chapters;
    private final SoundscapeScore score;
    private final Path folder;
    private final BuildListener listener;
    private final BookFiles bookFiles;
    private BookLock lock;
    private FormatStage formats;
    private String coverName;
    private SegmentCache cache;
    private ChapterRender render;
    private ChapterJob job;

    /** Reads, plans and scores the book: every input is checked before anything is written. */
    BookBuild(BuildSettings settings, ChapterSelection selection, BuildListener listener) {
        this.settings = settings;
        this.selection = selection;
        PlannedBook planned = BookPlanner.plan(settings);
        this.manuscript = planned.manuscript();
        this.plan = planned.plan();
        this.chapters = selection.pick(plan);
        this.listener = new SerialListener(listener);
        this.score = SoundscapeScorer.score(plan, settings.soundscape());
        this.folder = planned.folder();
        this.bookFiles = new BookFiles(folder, plan);
    }

    Path folder() {
        return folder;
    }

    /** Locks the folder (a build turned away says one line and nothing else), then readies the stages. */
    void prepare(SpeechEngine engine, ChapterOrderExecutor speakers, CoverImage userCover) throws IOException {
        lock = OutputFolder.prepare(folder, settings.force(), listener::warning);
        OutputFolder.recordSource(folder, settings.story());
        plan.warnings().forEach(listener::warning);
        listener.started(plan, chapters);
        formats = new FormatStage(settings, plan, folder, Covers.choose(settings.formats(), userCover,
                manuscript.info().cover(), plan, listener::warning), settings.useCache(), listener);
        formats.start(chapters, settings.profiles().size());
        coverName = formats.writeCover();
        cache = !settings.useCache() ? SegmentCache.NONE
                : SegmentCache.at((settings.cache() != null ? settings.cache() : folder.resolve(".cache"))
                        .resolve("segments"));
        render = new ChapterRender(folder, new ChapterWavExporter(plan.title(), plan.author()),
                new ChapterRenderer(settings.mix().ducker(), folder), settings.profiles(), settings.stems());
        job = new ChapterJob(settings, plan, score, new Synthesiser(engine, settings.cast(), cache, speakers),
                new RenderedChapters(settings.useCache() ? folder : null), render, listener, folder);
    }

    /** Every chapter on the pool, each one's MP3s queued behind the chapters still to render; in chapter order. */
    List<Built> buildChapters(ExecutorService renderers) throws IOException {
        List<Future<Built>> pending = new ArrayList<>();
        for (ChapterPlan chapter : chapters) {
            pending.add(renderers.submit(() -> {
                ChapterJob.Outcome outcome = job.build(chapter);
                return new Built(outcome, formats.mp3Tasks(outcome.chapter()).stream().map(renderers::submit).toList());
            }));
        }
        List<Built> built = new ArrayList<>();
        for (Future<Built> future : pending) {
            built.add(Futures.await(future));
        }
        return built;
    }

    /**
     * The manifest, the M4B (on this thread while the MP3s encode on the pool: it needs every
     * chapter's WAV, no more), the encoded files named in the manifest, the stale files of earlier
     * builds removed, and the book's files written.
     */
    BuildResult finish(List<Built> built, long startedNanos) throws IOException {
        List<ExportedChapter> exported = built.stream().map(b -> b.outcome().chapter()).toList();
        BookManifest manifest = bookFiles.manifest(score.names(), exported, selection, listener::warning);
        ExportedFile m4b = formats.m4b(manifest);
        Map<Integer, List<ExportedFile>> mp3s = awaitMp3s(built);
        List<ExportedFile> encoded = new ArrayList<>();
        mp3s.values().forEach(encoded::addAll);
        if (m4b != null) {
            encoded.add(m4b);
        }
        encoded.stream().filter(f -> !f.passes())
                .forEach(f -> listener.warning(folder.relativize(f.path()) + ": " + String.join("; ", f.failures())));
        manifest = formats.annotate(manifest, mp3s, m4b, coverName);
        removeStaleFiles(exported, encoded);
        bookFiles.write(manifest, exported, encoded, settings.formats(), listener::warning);
        return new BuildResult(plan, folder, score.names(), exported, (System.nanoTime() - startedNanos) / 1e9,
                synthesis(built), encoded);
    }

    /** The MP3s of each chapter that has some, by chapter number. */
    private static Map<Integer, List<ExportedFile>> awaitMp3s(List<Built> built) throws IOException {
        Map<Integer, List<ExportedFile>> mp3s = new LinkedHashMap<>();
        for (Built b : built) {
            List<ExportedFile> files = new ArrayList<>();
            for (Future<ExportedFile> mp3 : b.mp3s()) {
                files.add(Futures.await(mp3));
            }
            if (!files.isEmpty()) {
                mp3s.put(b.outcome().chapter().plan().number(), files);
            }
        }
        return mp3s;
    }

    /** Before the new manifest replaces the old one, which names what earlier builds wrote. */
    private void removeStaleFiles(List<ExportedChapter> exported, List<ExportedFile> encoded) throws IOException {
        Set<Path> written = new HashSet<>();
        exported.forEach(c -> written.addAll(render.outputs(c)));
        encoded.forEach(f -> written.add(f.path()));
        List<String> removed = new ArrayList<>();
        StaleFiles.remove(folder, plan, written, selection::contains, removed::add);
        if (!removed.isEmpty()) {
            listener.staleFilesRemoved(removed);
        }
    }

    private SynthesisReport synthesis(List<Built> built) {
        int synthesised = 0;
        int reused = 0;
        int unchanged = 0;
        double seconds = 0;
        for (Built b : built) {
            ChapterJob.Outcome outcome = b.outcome();
            synthesised += outcome.synthesised();
            reused += outcome.reused();
            unchanged += outcome.unchanged() ? 1 : 0;
            seconds += outcome.synthesisSeconds();
        }
        return new SynthesisReport(synthesised, reused, built.size() - unchanged, unchanged, cache.corruptEntries(),
                seconds);
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
