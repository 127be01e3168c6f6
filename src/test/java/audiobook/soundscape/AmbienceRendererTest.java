package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanSettings;
import audiobook.plan.SegmentPlanner;
import audiobook.testing.Signals;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The seed's storm passage, rendered on a synthetic timeline of 2 s per segment. */
class AmbienceRendererTest {

    private static final int RATE = 44100;

    @Test
    void theStormPassageIsClearlyLouderThanTheCalmOpening() {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults())
                .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "seed.txt");
        SoundscapeDefinition storm = SoundscapeLibrary.find("storm");
        SoundscapeScore score = SoundscapeScorer.score(plan, storm);
        float[] opening = render(storm, score, plan, 0);
        ChapterPlan stormChapter = plan.chapters().stream()
                .filter(c -> c.segments().get(1).text().startsWith("One day, a storm")).findFirst().orElseThrow();
        float[] storming = render(storm, score, plan, stormChapter.number() - 1);
        double calm = Signals.rmsDb(opening, 0, 20 * RATE);
        double loud = Signals.rmsDb(storming, 4 * RATE, 24 * RATE);
        assertTrue(loud - calm >= 6, "storm " + loud + " dB vs opening " + calm + " dB");
    }

    @Test
    void autoChoosesTheStormForTheSeed() {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults())
                .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "seed.txt");
        assertTrue(SoundscapeScorer.choose(plan).equals("storm"));
    }

    private static float[] render(SoundscapeDefinition def, SoundscapeScore score, BookPlan plan, int chapter) {
        int segments = plan.chapters().get(chapter).segments().size();
        long[] starts = new long[segments];
        long[] ends = new long[segments];
        for (int i = 0; i < segments; i++) {
            starts[i] = (long) i * 2 * RATE;
            ends[i] = starts[i] + (long) (1.6 * RATE);
        }
        SceneTimeline timeline = new SceneTimeline(RATE, (long) segments * 2 * RATE, starts, ends);
        return new AmbienceRenderer(def, 0).render(score.chapters().get(chapter), timeline)[0];
    }
}
