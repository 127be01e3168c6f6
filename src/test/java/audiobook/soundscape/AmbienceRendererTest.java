package audiobook.soundscape;

import audiobook.audio.Timeline;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanSettings;
import audiobook.plan.SeedTree;
import audiobook.plan.SegmentPlanner;
import audiobook.testing.Signals;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AmbienceRendererTest {

    private static final int RATE = 44100;
    private static final BookPlan SEED = new SegmentPlanner(PlanSettings.defaults())
            .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "seed.txt");

    @Test
    void theStormPassageIsClearlyLouderThanTheOpening() {
        ChapterPlan stormChapter = SEED.chapters().stream()
                .filter(c -> c.segments().get(1).text().startsWith("One day, a storm")).findFirst().orElseThrow();
        // Averaged over three book seeds: over 20 s the gusts' slow swell alone moves the level by a few dB.
        double difference = 0;
        for (long seed = 1; seed <= 3; seed++) {
            BookPlan plan = new BookPlan(SEED.title(), SEED.author(), SEED.slug(), seed, SEED.frontMatter(),
                    SEED.chapters(), SEED.warnings());
            SoundscapeScore score = SoundscapeScorer.score(plan, "auto");
            float[] opening = render(score.chapters().get(0), timeline(SEED.chapters().get(0), 1))[0];
            float[] storming = render(score.chapters().get(stormChapter.number() - 1), timeline(stormChapter, 1))[0];
            difference += (Signals.rmsDb(storming, 4 * RATE, 24 * RATE) - Signals.rmsDb(opening, 0, 20 * RATE)) / 3;
        }
        assertTrue(difference >= 6, "storm over opening: " + difference + " dB");
    }

    @Test
    void noThunderOnsetFallsInsideSpeech() {
        ChapterPlan chapter = SEED.chapters().get(1);
        Timeline timeline = timeline(chapter, 7);
        SoundscapeDefinition storm = SoundscapeLibrary.find("storm");
        int thunder = storm.layers().indexOf(storm.layers().stream()
                .filter(l -> l.type() == LayerType.THUNDER).findFirst().orElseThrow());
        List<double[]> intensities = new ArrayList<>();
        for (int k = 0; k < storm.layers().size(); k++) {
            double[] full = new double[chapter.segments().size()];
            java.util.Arrays.fill(full, k == thunder ? 1 : 0);
            intensities.add(full);
        }
        AmbienceRenderer.Stream bed = new AmbienceRenderer(0).open(
                new SoundscapeScore.ChapterScore(2, storm, SeedTree.root(42), intensities), timeline);
        int frames = (int) timeline.frames();
        bed.next(new float[frames], new float[frames], frames);
        List<Long> onsets = ((ThunderLayer) bed.layers().get(thunder)).onsets();
        assertTrue(onsets.size() >= 4, "strikes: " + onsets);
        for (long onset : onsets) {
            int segment = timeline.segmentAt(onset);
            assertTrue(segment < 0 || onset >= timeline.ends()[segment], "onset at " + onset + " during speech");
            long next = segment + 1 < timeline.starts().length ? timeline.starts()[segment + 1] : Long.MAX_VALUE;
            // The narration waits after a strike, so its roll is heard before the next words.
            assertTrue(next - onset >= 0.8 * RATE, "onset at " + onset + " right before speech");
        }
    }

    @Test
    void theBedsBassIsCoherentAndItsTrebleDecorrelatedAsASpacedPairHearsAField() {
        float[][] storm = render(SoundscapeScorer.score(SEED, "storm").chapters().get(1), timeline(SEED.chapters().get(1), 3));
        float[] l = java.util.Arrays.copyOfRange(storm[0], 5 * RATE, 65 * RATE);
        float[] r = java.util.Arrays.copyOfRange(storm[1], 5 * RATE, 65 * RATE);
        double bass = LayerTest.correlation(LayerTest.band(l, 30, 200), LayerTest.band(r, 30, 200));
        double treble = LayerTest.correlation(LayerTest.band(l, 1000, 8000), LayerTest.band(r, 1000, 8000));
        assertTrue(bass > 0.8, "below 200 Hz: r = " + bass);
        assertTrue(Math.abs(treble) < 0.15, "at 1-8 kHz: r = " + treble);
    }

    @Test
    void theSameInputRendersTheSameBytes() {
        SoundscapeScore score = SoundscapeScorer.score(SEED, "storm");
        Timeline timeline = timeline(SEED.chapters().get(1), 3);
        float[][] a = render(score.chapters().get(1), timeline);
        float[][] b = render(score.chapters().get(1), timeline);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        float[][] other = render(SoundscapeScorer.score(SEED, "storm").chapters().get(0), timeline);
        assertTrue(Math.abs(LayerTest.correlation(a[0], other[0])) < 0.3, "another chapter, another seed");
    }

    @Test
    void ambienceDbOffsetsTheWholeBed() {
        SoundscapeScore.ChapterScore chapter = SoundscapeScorer.score(SEED, "wind").chapters().get(0);
        Timeline timeline = timeline(SEED.chapters().get(0), 1);
        double normal = Signals.rmsDb(new AmbienceRenderer(0).render(chapter, timeline)[0]);
        double lower = Signals.rmsDb(new AmbienceRenderer(-10).render(chapter, timeline)[0]);
        assertEquals(-10, lower - normal, 0.01);
    }

    private static float[][] render(SoundscapeScore.ChapterScore score, Timeline timeline) {
        return new AmbienceRenderer(0).render(score, timeline);
    }

    /** A timeline like the narration's: each segment speaks for 1.5 to 5 s, then pauses as the plan says. */
    static Timeline timeline(ChapterPlan chapter, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int segments = chapter.segments().size();
        long[] starts = new long[segments];
        long[] ends = new long[segments];
        long at = 2 * RATE;
        for (int i = 0; i < segments; i++) {
            starts[i] = at;
            ends[i] = at + (long) ((1.5 + 3.5 * random.nextDouble()) * RATE);
            at = ends[i] + (long) (chapter.segments().get(i).pauseMs() / 1000.0 * RATE);
        }
        return new Timeline(RATE, at + 3L * RATE, starts, ends);
    }
}
