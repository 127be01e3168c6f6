package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.BookManifest;
import audiobook.export.ChapterCompanions;
import audiobook.export.ChapterWavExporter;
import audiobook.export.ExportedChapter;
import audiobook.export.ManifestWriter;
import audiobook.export.ReadAlongPage;
import audiobook.export.ReportWriter;
import audiobook.mix.ChapterRenderer;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.SegmentPlanner;
import audiobook.soundscape.SoundscapeScore;
import audiobook.soundscape.SoundscapeScorer;
import audiobook.speech.SegmentCache;
import audiobook.speech.SpeechEngine;
import audiobook.text.Manuscript;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Builds a book: read, plan, score, then per chapter ({@link ChapterJob}), up to {@code --jobs}
 * chapters at a time, speak, render, mix, master and export; then the book's manifest, playlist,
 * report and read-along page.
 */
public final class BookBuilder {

    public static final int SAMPLE_RATE = 44100;

    private final SpeechEngine engine;

    public BookBuilder(SpeechEngine engine) {
        this.engine = engine;
    }

    public static BookPlan plan(BuildSettings settings) {
        Manuscript manuscript = StoryReader.read(settings.story(), new StoryParser(settings.plan().chapterWords()));
        return new SegmentPlanner(settings.plan()).plan(manuscript, settings.story().getFileName().toString());
    }

    public BuildResult build(BuildSettings settings, BuildListener listener) {
        return build(settings, ChapterSelection.ALL, listener);
    }

    /** Builds the selected chapters only; the others keep their files and manifest entries. */
    public BuildResult build(BuildSettings settings, ChapterSelection selection, BuildListener caller) {
        long started = System.nanoTime();
        checkVoices(settings);
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
        try {
            BookPlan plan = plan(settings);
            List<ChapterPlan> chapters = selection.pick(plan);
            BuildListener listener = new SerialListener(caller);
            plan.warnings().forEach(listener::warning);
            SoundscapeScore score = SoundscapeScorer.score(plan, settings.soundscape());
            folder = settings.output() != null ? settings.output() : Path.of("out", plan.slug());
            OutputFolder.prepare(folder, settings.force());
            listener.started(plan, chapters);
            SegmentCache cache = !settings.useCache() ? SegmentCache.NONE
                    : SegmentCache.at((settings.cache() != null ? settings.cache() : folder.resolve(".cache"))
                            .resolve("segments"));
            ChapterJob job = new ChapterJob(settings, plan, score, new Synthesiser(engine, settings.cast(), cache, speakers),
                    new RenderedChapters(settings.useCache() ? folder : null),
                    new ChapterWriter(folder, new ChapterWavExporter(plan.title(), plan.author()),
                            new ChapterRenderer(settings.mix().ducker(), folder), settings.profiles(), settings.stems()),
                    listener, folder);
            List<Future<ChapterJob.Outcome>> pending = new ArrayList<>();
            for (ChapterPlan chapter : chapters) {
                pending.add(renderers.submit(() -> job.build(chapter)));
            }
            List<ExportedChapter> exported = new ArrayList<>();
            int synthesised = 0;
            int reused = 0;
            int unchanged = 0;
            double synthesisSeconds = 0;
            for (Future<ChapterJob.Outcome> future : pending) {
                ChapterJob.Outcome outcome = Futures.await(future);
                exported.add(outcome.chapter());
                synthesised += outcome.synthesised();
                reused += outcome.reused();
                unchanged += outcome.unchanged() ? 1 : 0;
                synthesisSeconds += outcome.synthesisSeconds();
            }
            String soundscapeName = score.names();
            BookManifest manifest = selection.merge(ManifestWriter.manifest(folder, plan, soundscapeName, exported),
                    plan, folder, listener::warning);
            ManifestWriter.write(folder.resolve("manifest.json"), manifest);
            if (selection.isAll()) {
                ChapterCompanions.writePlaylist(folder, plan, exported);
            } else {
                selection.writePlaylist(folder, plan, manifest);
            }
            ReportWriter.write(folder, exported);
            ReadAlongPage.write(folder, manifest);
            SynthesisReport synthesis = new SynthesisReport(synthesised, reused, exported.size() - unchanged, unchanged,
                    cache.corruptEntries(), synthesisSeconds);
            return new BuildResult(plan, folder, soundscapeName, exported, (System.nanoTime() - started) / 1e9,
                    synthesis);
        } catch (IOException e) {
            throw AudiobookException.environment(folder + ": cannot write the audiobook (" + e.getMessage() + ")", e);
        } finally {
            stop(renderers);
            stop(speakers);
        }
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

    /** Before anything is read or written: a voice the engine lacks would fail mid-build otherwise. */
    private void checkVoices(BuildSettings settings) {
        for (String voice : List.of(settings.cast().narrator().voice(), settings.cast().dialogue().voice())) {
            if (!engine.voiceNames().contains(voice)) {
                throw AudiobookException.input("unknown voice '" + voice + "'; known voices: "
                        + String.join(", ", engine.voiceNames()));
            }
        }
    }
}
