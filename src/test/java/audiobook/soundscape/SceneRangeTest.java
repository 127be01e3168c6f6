package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanSettings;
import audiobook.plan.SegmentPlanner;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arc's range as the score sets it (the bed's level before ducking): a storm stands well
 * over the calm in every shipped soundscape that follows the storm, and in a sea story a storm
 * that breaks halfway lifts the whole second half, though the calm half is at sea too.
 */
class SceneRangeTest {

    private static final String CALM = "She sat by the fire and mended the nets. The old keeper read by the lamp. "
            + "The boy fed the hens and stacked the wood by the door.";
    private static final String STORM = "A violent storm rolled in, and thunder shook the house. "
            + "The wind howled and the rain lashed the windows. The storm raged on all night.";

    private static BookPlan plan(String story) {
        return new SegmentPlanner(PlanSettings.defaults()).plan(new StoryParser(0).parse(story, "s.txt"), "s.txt");
    }

    /** The bed's power at a segment, in dB: each layer at its level times its intensity. */
    private static double bedDb(SoundscapeScore.ChapterScore score, int segment) {
        double power = 0;
        for (int k = 0; k < score.layerIntensities().size(); k++) {
            double amplitude = score.layerIntensities().get(k)[segment]
                    * Math.pow(10, score.definition().layers().get(k).levelDb() / 20);
            power += amplitude * amplitude;
        }
        return 10 * Math.log10(power + 1e-30);
    }

    private static double meanDb(SoundscapeScore.ChapterScore score, int from, int to) {
        double power = 0;
        for (int s = from; s < to; s++) {
            power += Math.pow(10, bedDb(score, s) / 10);
        }
        return 10 * Math.log10(power / (to - from));
    }

    @Test
    void aFullStormStandsAtLeastTwelveDecibelsOverTheCalmInEverySoundscapeThatFollowsIt() {
        BookPlan book = plan("# One\n\n" + CALM + "\n\n" + CALM + "\n\n" + STORM + "\n");
        ChapterPlan chapter = book.chapters().get(0);
        int firstStorm = 0;
        while (chapter.segments().get(firstStorm).cue().get("storm") < 0.5) {
            firstStorm++;
        }
        for (SoundscapeDefinition definition : SoundscapeLibrary.all()) {
            boolean followsStorm = definition.layers().stream().anyMatch(l -> l.follows().contains("storm"));
            if (!followsStorm) {
                continue;
            }
            SoundscapeScore.ChapterScore score = SoundscapeScorer.score(book, definition).chapters().get(0);
            double calm = meanDb(score, 1, firstStorm);
            double storm = meanDb(score, firstStorm, chapter.segments().size());
            assertTrue(storm - calm >= 12, definition.name() + ": storm " + storm + " dB, calm " + calm + " dB");
        }
    }

    @Test
    void aStormThatBreaksOverACalmSeaLiftsTheWholeSecondHalfAtLeastEightDecibels() {
        for (String story : List.of("typhoon", "dinghy")) {
            BookPlan book = new SegmentPlanner(PlanSettings.defaults()).plan(
                    StoryReader.read(Path.of("src/test/resources/stories/" + story + ".txt"), new StoryParser(0)), story);
            SoundscapeScore.ChapterScore score = SoundscapeScorer.score(book, "auto").chapters().get(0);
            int segments = book.chapters().get(0).segments().size();
            // After the book's title and the chapter's head, the calm half, then the storm half.
            double calm = meanDb(score, 2, segments / 2);
            double storm = meanDb(score, segments / 2, segments);
            assertTrue(score.definition().name().equals("storm-at-sea"), story + ": " + score.definition().name());
            assertTrue(storm - calm >= 8, story + ": storm half " + storm + " dB, calm half " + calm + " dB");
        }
    }
}
