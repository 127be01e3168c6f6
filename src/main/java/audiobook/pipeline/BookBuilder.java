package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.ChapterCompanions;
import audiobook.export.ChapterWavExporter;
import audiobook.export.ExportedChapter;
import audiobook.export.ManifestWriter;
import audiobook.export.ReportWriter;
import audiobook.mix.ChapterMixer;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.DryMaster;
import audiobook.mix.Master;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        OutputFolder.prepare(folder, settings.force());

        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.jobs()));
        try {
            Synthesiser synthesiser = new Synthesiser(engine, settings.narrator(), workers);
            ChapterWriter writer = new ChapterWriter(folder, new ChapterWavExporter(plan.title(), plan.author()));
            List<ExportedChapter> exported = new ArrayList<>();
            for (ChapterPlan chapter : plan.chapters()) {
                Narration narration = narrate(chapter, synthesiser.speak(chapter));
                List<Master> masters = new ArrayList<>();
                if (settings.profiles().contains(DeliveryProfile.IMMERSIVE)) {
                    float[][] bed = score == null ? null
                            : new AmbienceRenderer(definition, settings.ambienceDb())
                                    .render(score.chapters().get(chapter.number() - 1), timeline(narration));
                    masters.add(ChapterMixer.immersive().mix(narration, bed).master());
                }
                if (settings.profiles().contains(DeliveryProfile.DRY)) {
                    masters.add(DryMaster.master(narration, chapter.seed(plan.seed())));
                }
                ExportedChapter done = writer.write(chapter, narration, masters);
                done.files().stream().filter(f -> !f.passes())
                        .forEach(f -> listener.warning(f.path().getFileName() + ": " + String.join("; ", f.failures())));
                exported.add(done);
                listener.chapterDone(done, exported.size(), plan.chapters().size());
            }
            String soundscapeName = definition == null ? "none" : definition.name();
            ManifestWriter.write(folder.resolve("manifest.json"),
                    ManifestWriter.manifest(folder, plan, soundscapeName, exported));
            ChapterCompanions.writePlaylist(folder, plan, exported);
            ReportWriter.write(folder, exported);
            return new BuildResult(plan, folder, soundscapeName, exported, (System.nanoTime() - started) / 1e9);
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
}
