package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneArcTest {

    @Test
    void theSeedsStormChapterIsAStormFromItsFirstMinute() {
        BookPlan seed = new SegmentPlanner(PlanSettings.defaults())
                .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "seed.txt");
        List<SceneArc.Minute> storm = SceneArc.perMinute(seed.chapters().get(1), ReadingTime.DEFAULT_WPM);
        assertEquals("storm", storm.get(0).channel());
        assertTrue(storm.get(0).intensity() >= 0.7 && storm.get(1).intensity() >= 0.7, storm.toString());
        assertTrue(storm.get(storm.size() - 1).intensity() < storm.get(0).intensity() - 0.3, "it ends: " + storm);
        List<SceneArc.Minute> opening = SceneArc.perMinute(seed.chapters().get(0), ReadingTime.DEFAULT_WPM);
        assertTrue(opening.stream().allMatch(m -> m.channel().equals("dust") && m.intensity() < 0.6), opening.toString());
    }
}
