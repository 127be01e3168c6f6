package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneScorerTest {

    private static double storm(String... sentences) {
        SceneScorer scorer = new SceneScorer();
        SceneCue cue = SceneCue.NONE;
        for (String s : sentences) {
            cue = scorer.next(s, List.of());
        }
        return cue.get("storm");
    }

    @Test
    void anOnsetSetsTheStormAndAPassingMentionBarely() {
        assertEquals(1.0, storm("One day, a storm rolled in."));
        assertEquals(1.0, storm("Then the tempest broke over the hills."));
        double passing = storm("He would warn me whenever he spotted a possible danger: a fallen beam, a hungry rat, "
                + "a fox on the prowl, or a storm.");
        assertTrue(passing < 0.3, "passing mention " + passing);
        assertTrue(storm("She spoke of the storm at last.") < storm("The storm raged all night."));
    }

    @Test
    void aNegationStillSetsTheScene() {
        SceneCue cue = new SceneScorer().next("It wasn't a gentle rain.", List.of());
        assertTrue(cue.get("rain") >= 0.4, "rain " + cue.get("rain"));
    }

    @Test
    void aSimileIsNotWeather() {
        assertTrue(storm("He burst into the room like a storm, shouting about the rent and the neighbours.") < 0.35);
    }

    @Test
    void severalWeatherSentencesBuildASceneThatHolds() {
        SceneScorer scorer = new SceneScorer();
        double first = scorer.next("Dark clouds hid a distant storm.", List.of()).get("storm");
        double second = scorer.next("Thunder muttered beyond the ridge.", List.of()).get("storm");
        double third = scorer.next("The storm raged over the valley.", List.of()).get("storm");
        assertTrue(second > first && third > second, first + " then " + second + " then " + third);
        double later = third;
        for (int i = 0; i < 30; i++) {
            later = scorer.next("They walked on and talked about supper.", List.of()).get("storm");
        }
        assertTrue(later >= 0.7 && later >= 0.9 * scorer.next("", List.of()).get("storm") - 0.01,
                "thirty sentences later the storm still holds: " + later);
    }

    @Test
    void aPassingMentionFadesWithinTenSentences() {
        SceneScorer scorer = new SceneScorer();
        double mention = scorer.next("She remembered the storms of her childhood and her brother, who had left.",
                List.of()).get("storm");
        double later = mention;
        for (int i = 0; i < 10; i++) {
            later = scorer.next("They walked on and talked about supper.", List.of()).get("storm");
        }
        assertTrue(mention > 0 && later < 0.3 * mention, mention + " fell to " + later);
        assertTrue(later < 0.1, "no scene is left: " + later);
    }

    @Test
    void aJumpInTimeOrASceneBreakEndsTheScene() {
        SceneScorer jump = new SceneScorer();
        jump.next("A storm rolled in.", List.of());
        jump.next("The tempest howled and rain lashed the stones.", List.of());
        assertTrue(jump.next("Over the next few weeks, we mended the roof.", List.of()).get("storm") < 0.35);
        SceneScorer dawn = new SceneScorer();
        dawn.next("The gale tore at the sails all night.", List.of());
        assertTrue(dawn.next("At dawn they counted the sheep.", List.of()).get("wind") < 0.35);
        SceneScorer scene = new SceneScorer();
        scene.next("A storm rolled in.", List.of());
        scene.sceneBreak();
        assertTrue(scene.next("The kitchen smelled of bread.", List.of()).get("storm") < 0.35);
    }

    @Test
    void theSeaIsAChannelOfItsOwn() {
        SceneScorer scorer = new SceneScorer();
        SceneCue cue = scorer.next("Waves broke over the bow and spray swept the deck.", List.of());
        assertTrue(cue.get("sea") >= 0.8, cue.toString());
        assertTrue(cue.get("storm") < 0.1, "waves alone are not a storm: " + cue);
        for (int i = 0; i < 20; i++) {
            cue = scorer.next("The men hauled on the ropes and said nothing.", List.of());
        }
        assertTrue(cue.get("sea") >= 0.5, "still at sea: " + cue);
        assertTrue(SceneCue.CHANNELS.contains("sea"));
    }

    @Test
    void anEndingOrACalmLetsTheWeatherFall() {
        SceneScorer scorer = new SceneScorer();
        scorer.next("The storm raged through the night.", List.of());
        double kept = scorer.next("Mara kept the lamp burning.", List.of()).get("storm");
        SceneScorer ending = new SceneScorer();
        ending.next("The storm raged through the night.", List.of());
        double ended = ending.next("Before long the storm had passed.", List.of()).get("storm");
        SceneScorer calming = new SceneScorer();
        calming.next("The storm raged through the night.", List.of());
        double calmed = calming.next("Then all was calm and silent.", List.of()).get("storm");
        assertTrue(ended < 0.5 * kept, ended + " vs " + kept);
        assertTrue(calmed < 0.7 * kept, calmed + " vs " + kept);
    }

    @Test
    void theSeedsListOfDangersDoesNotRaiseAStorm() {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults())
                .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "seed.txt");
        List<Segment> all = plan.chapters().stream().flatMap(c -> c.segments().stream()).toList();
        Segment dangers = all.stream().filter(s -> s.text().contains("nasty dust storm")).findFirst().orElseThrow();
        Segment onset = all.stream().filter(s -> s.text().equals("One day, a storm rolled in.")).findFirst().orElseThrow();
        assertEquals(1.0, onset.cue().get("storm"));
        assertTrue(dangers.cue().get("storm") < 0.35, "below the thunder threshold: " + dangers.cue().get("storm"));
        assertTrue(all.get(1).cue().get("dust") > 0.3, "the opening is dusty");
    }

    @Test
    void inlineCuesOverrideTheWordsAndChooseTheSoundscape() {
        SceneScorer scorer = new SceneScorer();
        assertEquals(0.8, scorer.next("Nothing happened.", List.of("storm 0.8")).get("storm"));
        assertEquals(0.0, scorer.next("A storm rolled in.", List.of("storm off")).get("storm"));
        assertEquals(1.0, scorer.next("A storm rolled in.", List.of("storm auto")).get("storm"));
        assertNull(scorer.next("Quiet.", List.of()).soundscape());
        assertEquals("rain", scorer.next("Quiet.", List.of("soundscape: rain")).soundscape());
        assertEquals("rain", scorer.next("Still quiet.", List.of()).soundscape(), "holds until the next cue");
        assertNull(scorer.next("Quiet.", List.of("soundscape: auto")).soundscape());
        assertEquals(1.0, scorer.next("Quiet.", List.of("calm")).get("calm"));
        AudiobookException e = assertThrows(AudiobookException.class, () -> scorer.next("x", List.of("soundscape:")));
        assertTrue(e.getMessage().contains("[soundscape:]"));
    }
}
