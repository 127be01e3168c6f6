package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.ChapterFiles;
import audiobook.export.ChapterWavExporter;
import audiobook.export.ExportedChapter;
import audiobook.export.ManifestWriter;
import audiobook.mix.ChapterMix;
import audiobook.mix.ChapterMixer;
import audiobook.mix.Narration;
import audiobook.mix.NarrationAssembler;
import audiobook.mix.SampleRateConverter;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.SegmentPlanner;
import audiobook.soundscape.AmbienceRenderer;
import audiobook.soundscape.SceneTimeline;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeLibrary;
import audiobook.soundscape.SoundscapeScore;
import audiobook.soundscape.SoundscapeScorer;
import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import audiobook.text.Manuscript;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds a book: read, plan, score, then per chapter speak, render, mix, master and export. */
public final class BookBuilder {

    public static final int SAMPLE_RATE = 44100;
    private static final double LEAD_IN_SECONDS = 2.0;
    private static final double TAIL_SECONDS = 3.0;

    private final SpeechEngine engine;

    public BookBuilder(SpeechEngine engine) {
        this.engine = engine;
    }

    public static BookPlan plan(BuildSettings settings) {
        Manuscript manuscript = StoryReader.read(settings.story(), new StoryParser(0));
        return new SegmentPlanner(settings.plan()).plan(manuscript, settings.story().getFileName().toString());
    }

    public BuildResult build(BuildSettings settings, BuildListener listener) {
        long started = System.nanoTime();
        BookPlan plan = plan(settings);
        plan.warnings().forEach(listener::warning);
        String soundscape = settings.soundscape().equals("auto") ? SoundscapeScorer.choose(plan) : settings.soundscape();
        SoundscapeDefinition definition = soundscape.equals("none") ? null : SoundscapeLibrary.find(soundscape);
        SoundscapeScore score = definition == null ? null : SoundscapeScorer.score(plan, definition);
        Path folder = settings.output() != null ? settings.output() : Path.of("out", plan.slug());
        createFolder(folder);

        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
        try {
            Synthesiser synthesiser = new Synthesiser(engine, settings.narrator(), workers);
            ChapterWavExporter exporter = new ChapterWavExporter(plan.title(), plan.author());
            List<ExportedChapter> exported = new ArrayList<>();
            for (ChapterPlan chapter : plan.chapters()) {
                Narration narration = narrate(chapter, synthesiser.speak(chapter));
                float[][] bed = score == null ? null
                        : new AmbienceRenderer(definition, settings.ambienceDb())
                                .render(score.chapters().get(chapter.number() - 1), timeline(narration));
                ChapterMix mix = ChapterMixer.immersive().mix(narration, bed);
                Path file = folder.resolve(ChapterFiles.baseName(chapter) + ".wav");
                exporter.write(file, chapter, mix.master(), SAMPLE_RATE, narration.starts());
                ExportedChapter done = new ExportedChapter(chapter, file, mix.seconds(),
                        millis(narration.starts()), millis(narration.ends()), mix.loudness());
                exported.add(done);
                listener.chapterDone(done, exported.size(), plan.chapters().size());
            }
            ManifestWriter.write(folder.resolve("manifest.json"),
                    ManifestWriter.manifest(plan, definition == null ? "none" : definition.name(), exported));
            return new BuildResult(plan, folder, definition == null ? "none" : definition.name(), exported,
                    (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw AudiobookException.environment(folder + ": cannot write the audiobook (" + e.getMessage() + ")", e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Narration narrate(ChapterPlan chapter, List<SpeechClip> clips) {
        List<float[]> resampled = new ArrayList<>();
        int[] pauses = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            SpeechClip clip = clips.get(i);
            resampled.add(SampleRateConverter.convert(clip.samples(), clip.sampleRate(), SAMPLE_RATE));
            pauses[i] = chapter.segments().get(i).pauseMs();
        }
        return new NarrationAssembler(SAMPLE_RATE, LEAD_IN_SECONDS, TAIL_SECONDS).assemble(resampled, pauses);
    }

    private static SceneTimeline timeline(Narration narration) {
        return new SceneTimeline(narration.sampleRate(), narration.frames(), narration.starts(), narration.ends());
    }

    private static long[] millis(long[] frames) {
        long[] ms = new long[frames.length];
        for (int i = 0; i < frames.length; i++) {
            ms[i] = Math.round(frames[i] * 1000.0 / SAMPLE_RATE);
        }
        return ms;
    }

    private static void createFolder(Path folder) {
        try {
            if (Files.exists(folder) && !Files.isDirectory(folder)) {
                throw AudiobookException.input(folder + ": exists and is not a folder; choose another -o");
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw AudiobookException.environment(folder + ": cannot create the output folder (" + e.getMessage() + ")", e);
        }
    }
}
