package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.BookManifest;
import audiobook.export.ChapterCompanions;
import audiobook.export.ChapterWavExporter;
import audiobook.export.ExportedChapter;
import audiobook.export.ManifestWriter;
import audiobook.export.ReportWriter;
import audiobook.mix.AmbienceSource;
import audiobook.mix.ChapterRenderer;
import audiobook.mix.Ducker;
import audiobook.mix.NarrationTrack;
import audiobook.mix.SampleRateConverter;
import audiobook.mix.Timeline;
import audiobook.mix.VoiceLevels;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.SegmentPlanner;
import audiobook.soundscape.AmbienceRenderer;
import audiobook.soundscape.SceneTimeline;
import audiobook.soundscape.SoundscapeScore;
import audiobook.soundscape.SoundscapeScorer;
import audiobook.speech.SegmentCache;
import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import audiobook.text.Manuscript;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds a book: read, plan, score, then per chapter speak, render, mix, master and export. */
public final class BookBuilder {

    public static final int SAMPLE_RATE = 44100;
    /** Room tone before the first word: ACX asks for 0.5 to 1 s, and the ambience fades in over it. */
    private static final double LEAD_IN_SECONDS = 0.9;
    private static final double TAIL_SECONDS = 3.0;

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
    public BuildResult build(BuildSettings settings, ChapterSelection selection, BuildListener listener) {
        long started = System.nanoTime();
        checkVoices(settings);
        BookPlan plan = plan(settings);
        List<ChapterPlan> chapters = selection.pick(plan);
        plan.warnings().forEach(listener::warning);
        SoundscapeScore score = SoundscapeScorer.score(plan, settings.soundscape());
        Path folder = settings.output() != null ? settings.output() : Path.of("out", plan.slug());
        OutputFolder.prepare(folder, settings.force());
        listener.started(plan, chapters);

        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
        try {
            SegmentCache cache = !settings.useCache() ? SegmentCache.NONE
                    : SegmentCache.at((settings.cache() != null ? settings.cache() : folder.resolve(".cache"))
                            .resolve("segments"));
            Synthesiser synthesiser = new Synthesiser(engine, settings.cast(), cache, workers);
            RenderedChapters rendered = new RenderedChapters(settings.useCache() ? folder : null);
            ChapterWriter writer = new ChapterWriter(folder, new ChapterWavExporter(plan.title(), plan.author()),
                    new ChapterRenderer(Ducker.standard(), folder), settings.profiles(), settings.stems());
            List<ExportedChapter> exported = new ArrayList<>();
            int synthesised = 0;
            int reused = 0;
            int unchanged = 0;
            long synthesisNanos = 0;
            for (ChapterPlan chapter : chapters) {
                SoundscapeScore.ChapterScore chapterScore = score.chapters().get(chapter.number() - 1);
                String fingerprint = ChapterInputs.fingerprint(settings, plan, chapter, synthesiser.keys(chapter),
                        chapterScore.definition(), chapterScore);
                Optional<ExportedChapter> previous = rendered.unchanged(chapter, fingerprint);
                if (previous.isPresent()) {
                    warnAboutMissedTargets(previous.get(), listener);
                    exported.add(previous.get());
                    reused += chapter.segments().size();
                    unchanged++;
                    listener.chapterSpoken(chapter, previous.get().seconds());
                    listener.chapterUnchanged(previous.get(), exported.size(), chapters.size());
                    continue;
                }
                long speaking = System.nanoTime();
                ChapterSpeech speech = synthesiser.speak(chapter);
                synthesisNanos += System.nanoTime() - speaking;
                synthesised += speech.synthesised();
                reused += speech.reused();
                List<SpeechClip> clips = speech.clips();
                Timeline timeline = layOut(chapter, clips, SAMPLE_RATE);
                listener.chapterSpoken(chapter, timeline.seconds());
                Timeline engineTimeline = atRate(timeline, clips.get(0).sampleRate());
                VoiceLevels voice = VoiceLevels.measure(engineTimeline,
                        new NarrationTrack(engineTimeline, i -> clips.get(i).samples()));
                AmbienceSource ambience = chapterScore.definition().isSilent() ? null
                        : new AmbienceRenderer(settings.ambienceDb()).open(chapterScore, sceneTimeline(timeline))::next;
                ExportedChapter done = writer.write(chapter, timeline, voice, () -> new NarrationTrack(timeline,
                        i -> SampleRateConverter.convert(clips.get(i).samples(), clips.get(i).sampleRate(), SAMPLE_RATE)),
                        ambience, chapter.seed(plan.seed()));
                warnAboutMissedTargets(done, listener);
                // Every file the chapter writes belongs in this list, or a rebuild could keep a stale one.
                rendered.remember(fingerprint, done, writer.outputs(done));
                exported.add(done);
                listener.chapterDone(done, exported.size(), chapters.size());
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
            SynthesisReport synthesis = new SynthesisReport(synthesised, reused, exported.size() - unchanged, unchanged,
                    cache.corruptEntries(), synthesisNanos / 1e9);
            return new BuildResult(plan, folder, soundscapeName, exported, (System.nanoTime() - started) / 1e9,
                    synthesis);
        } catch (IOException e) {
            throw AudiobookException.environment(folder + ": cannot write the audiobook (" + e.getMessage() + ")", e);
        } finally {
            workers.shutdownNow();
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

    private static void warnAboutMissedTargets(ExportedChapter chapter, BuildListener listener) {
        chapter.files().stream().filter(f -> !f.passes())
                .forEach(f -> listener.warning(f.path().getFileName() + ": " + String.join("; ", f.failures())));
    }

    /** Clips end to end with the plan's pauses, at the given rate (clip lengths as the resampler gives them). */
    private static Timeline layOut(ChapterPlan chapter, List<SpeechClip> clips, int rate) {
        long[] frames = new long[clips.size()];
        int[] pauses = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            SpeechClip clip = clips.get(i);
            frames[i] = Math.round(clip.samples().length * (double) rate / clip.sampleRate());
            pauses[i] = chapter.segments().get(i).pauseMs();
        }
        return Timeline.layOut(rate, frames, pauses, LEAD_IN_SECONDS, TAIL_SECONDS);
    }

    /** The same layout at the engine's rate, where the clips' own lengths fix where they end. */
    private static Timeline atRate(Timeline timeline, int rate) {
        double ratio = (double) rate / timeline.sampleRate();
        long[] starts = new long[timeline.starts().length];
        long[] ends = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Math.round(timeline.starts()[i] * ratio);
            ends[i] = starts[i] + Math.round((timeline.ends()[i] - timeline.starts()[i]) * ratio);
        }
        return new Timeline(rate, Math.max(Math.round(timeline.frames() * ratio), ends[ends.length - 1]), starts, ends);
    }

    private static SceneTimeline sceneTimeline(Timeline timeline) {
        return new SceneTimeline(timeline.sampleRate(), timeline.frames(), timeline.starts(), timeline.ends());
    }
}
