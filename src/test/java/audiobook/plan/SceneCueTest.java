package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.text.StoryParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneCueTest {

    private static List<Segment> plan(String story) {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults()).plan(new StoryParser(0).parse(story, "s.txt"), "s.txt");
        return plan.chapters().stream().flatMap(c -> c.segments().stream()).toList();
    }

    @Test
    void cueLinesAreNeverNarratedAndHoldTheirChannel() {
        List<Segment> segments = plan("It was quiet.\n\n[storm 0.8]\nThe boat sailed on. Nothing happened.\n\n[storm auto]\nThe end came.\n");
        assertTrue(segments.stream().noneMatch(s -> s.text().contains("[")));
        assertEquals(0.0, segments.get(1).cue().get("storm"));
        assertEquals(0.8, segments.get(2).cue().get("storm"));
        assertEquals(0.8, segments.get(3).cue().get("storm"));
        assertTrue(segments.get(4).cue().get("storm") < 0.8, "released to decay");
    }

    @Test
    void aBadIntensityIsAClearInputError() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> plan("[storm 7]\nRain.\n"));
        assertTrue(e.getMessage().contains("[storm 7]"));
    }
}
