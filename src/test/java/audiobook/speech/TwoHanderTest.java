package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.BookPlan;
import audiobook.plan.CastSummary;
import audiobook.plan.PlanSettings;
import audiobook.plan.SegmentPlanner;
import audiobook.text.StoryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With --cast auto, the two speakers of a two-hander are two voices a listener tells apart. */
class TwoHanderTest {

    private static final String LINE = "I mean to keep her head to the sea until first light, and then we shall see.";

    private static void assertTwoDistinctVoices(String story) {
        Cast cast = Cast.resolve(CastFile.AUTO, VoiceOverrides.NONE);
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults(), cast.casting())
                .plan(new StoryParser(100_000).parse(story, "s.txt"), "s.txt");
        List<CastSummary.Member> two = plan.cast().members().subList(0, 2);
        String first = two.get(0).voice();
        String second = two.get(1).voice();
        assertNotEquals(first, second);
        FreeTtsEngine engine = new FreeTtsEngine();
        double a = PitchMeter.meanHz(engine.speak(LINE, VoiceCatalogue.find(first).orElseThrow().settings()));
        double b = PitchMeter.meanHz(engine.speak(LINE, VoiceCatalogue.find(second).orElseThrow().settings()));
        double differs = Math.abs(a - b) / Math.max(a, b);
        assertTrue(differs >= 0.2, first + " " + a + " Hz, " + second + " " + b + " Hz");
    }

    @Test
    void aManAndAWoman() throws IOException {
        assertTwoDistinctVoices(Files.readString(Path.of("src/test/resources/dialogue/two-hander.txt")));
    }

    @Test
    void twoMen() throws IOException {
        assertTwoDistinctVoices(Files.readString(Path.of("src/test/resources/dialogue/two-hander.txt"))
                .replace("Mrs. Moreton", "Mr. Moreton").replace("widow", "old man").replace(" she ", " he ")
                .replace("She ", "He ").replace(" her hands", " his hands").replace(" her hand", " his hand"));
    }
}
