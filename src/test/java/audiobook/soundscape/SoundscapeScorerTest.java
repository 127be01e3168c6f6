package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.plan.BookPlan;
import audiobook.plan.PlanSettings;
import audiobook.plan.SegmentPlanner;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoundscapeScorerTest {

    private static final BookPlan SEED = new SegmentPlanner(PlanSettings.defaults())
            .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "seed.txt");

    private static BookPlan plan(String story) {
        return new SegmentPlanner(PlanSettings.defaults()).plan(new StoryParser(0).parse(story, "s.txt"), "s.txt");
    }

    private static List<String> names(SoundscapeScore score) {
        return score.chapters().stream().map(c -> c.definition().name()).toList();
    }

    @Test
    void autoGivesEachChapterTheSoundscapeThatSuitsIt() {
        SoundscapeScore score = SoundscapeScorer.score(SEED, "auto");
        assertEquals(List.of("dust", "storm"), names(score), "the ruined world, then the storm");
        assertEquals("dust, storm", score.names());
    }

    @Test
    void anInlineCueSwitchesTheSoundscapeFromItsChapterOn() {
        String story = "# One\n\nThe wind rose over the hills.\n\n# Two\n\nShe walked home.\n\n[soundscape: rain]\n"
                + "She sat by the fire.\n\n# Three\n\nMorning came.\n\n# Four\n\n[soundscape: auto]\nA storm rolled in.\n";
        assertEquals(List.of("wind", "rain", "rain", "storm"), names(SoundscapeScorer.score(plan(story), "auto")));
        assertEquals(List.of("calm", "calm", "calm", "calm"), names(SoundscapeScorer.score(plan(story), "calm")),
                "a forced soundscape ignores the cues");
        assertTrue(SoundscapeScorer.score(plan(story), "none").chapters().stream().allMatch(c -> c.definition().isSilent()));
    }

    @Test
    void anUnknownCuedSoundscapeNamesTheCue() {
        AudiobookException e = assertThrows(AudiobookException.class,
                () -> SoundscapeScorer.score(plan("# One\n\n[soundscape: jungle]\nBirds sang.\n"), "auto"));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("chapter 1") && e.getMessage().contains("[soundscape: jungle]"), e.getMessage());
    }

    @Test
    void theCueSheetListsTheLayersThatSoundAndHowStrongly() {
        SoundscapeScore.ChapterScore storm = SoundscapeScorer.score(SEED, "auto").chapters().get(1);
        List<LayerCue> onset = storm.cues(1);
        assertEquals(List.of("wind", "rain", "thunder"), onset.stream().map(LayerCue::layer).toList());
        assertEquals(1.0, onset.get(2).intensity());
        assertEquals(SoundscapeLibrary.find("storm").layers().get(2).levelDb(), onset.get(2).levelDb());
        List<LayerCue> title = storm.cues(0);
        assertTrue(title.stream().noneMatch(c -> c.layer().equals("thunder")), "no thunder before the storm: " + title);
        assertTrue(title.get(0).intensity() >= 0.3 * Math.pow(10, -SoundscapeScorer.EXPANSION_DB / 20) - 1e-4,
                "the wind's floor, expanded down in a calm scene: " + title.get(0).intensity());
    }
}
