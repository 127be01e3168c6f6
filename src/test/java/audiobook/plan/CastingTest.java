package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import audiobook.text.StoryParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Voices for speakers: the cast file's first, then auto-casting by a stable rule. */
class CastingTest {

    private static final List<Casting.PoolVoice> POOL = List.of(
            new Casting.PoolVoice("young-man", Gender.MALE, false), new Casting.PoolVoice("older-man", Gender.MALE, false),
            new Casting.PoolVoice("woman", Gender.FEMALE, false), new Casting.PoolVoice("child", Gender.UNKNOWN, true));

    static BookPlan plan(String story, Casting casting) {
        return new SegmentPlanner(PlanSettings.defaults(), casting)
                .plan(new StoryParser(100_000).parse(story, "s.txt"), "s.txt");
    }

    static String twoHander() throws IOException {
        return Files.readString(Path.of("src/test/resources/dialogue/two-hander.txt"));
    }

    @Test
    void theTwoCharactersOfATwoHanderGetVoicesOfTheirGender() throws IOException {
        BookPlan plan = plan(twoHander(), new Casting("narrator", "dialogue", List.of(), Map.of(), true, POOL));
        CastSummary cast = plan.cast();
        assertEquals(List.of("Hale", "Mrs. Moreton"), cast.members().stream().map(CastSummary.Member::name).toList());
        assertEquals(Gender.MALE, cast.members().get(0).gender());
        assertEquals(Gender.FEMALE, cast.members().get(1).gender());
        assertEquals("young-man", cast.members().get(0).voice());
        assertEquals("woman", cast.members().get(1).voice());
        for (ChapterPlan chapter : plan.chapters()) {
            for (Segment s : chapter.segments()) {
                String expected = s.role() == VoiceRole.NARRATOR ? "narrator"
                        : s.speaker() == null ? "dialogue" : s.speaker().equals("Hale") ? "young-man" : "woman";
                assertEquals(expected, s.voice(), s.text());
            }
        }
    }

    @Test
    void theSameBookAlwaysGetsTheSameVoices() throws IOException {
        Casting auto = new Casting("narrator", "dialogue", List.of(), Map.of(), true, POOL);
        assertEquals(PlanJson.write(plan(twoHander(), auto), 150), PlanJson.write(plan(twoHander(), auto), 150));
    }

    @Test
    void theCastFileWinsAndItsVoiceIsNotHandedOutAgain() throws IOException {
        Casting casting = new Casting("narrator", "dialogue",
                List.of(new Person("Mrs. Moreton", List.of("the widow"), Gender.FEMALE)),
                Map.of("Hale", "older-man"), true, POOL);
        CastSummary cast = plan(twoHander(), casting).cast();
        assertEquals("older-man", cast.members().get(0).voice());
        assertEquals("woman", cast.members().get(1).voice());
    }

    @Test
    void withoutAutoOnlyTheCastFilesCharactersGetVoices() throws IOException {
        BookPlan plan = plan(twoHander(), new Casting("narrator", "dialogue", List.of(), Map.of("Hale", "older-man"),
                false, POOL));
        assertEquals("older-man", plan.cast().members().get(0).voice());
        assertNull(plan.cast().members().get(1).voice());
        assertNotEquals(0, plan.chapters().get(0).segments().stream().filter(s -> s.voice().equals("dialogue")).count());
    }

    @Test
    void aChildDescribedAsOneGetsTheChildsVoiceAndTheNarratorsIIsTheNarrator() {
        BookPlan plan = plan("""
                “Where are we going?” asked the little boy.

                “Home,” I said.
                """, new Casting("narrator", "dialogue", List.of(), Map.of(), true, POOL));
        assertEquals(Map.of("the little boy", "child", "I", "narrator"), Map.of(
                plan.cast().members().get(0).name(), plan.cast().members().get(0).voice(),
                plan.cast().members().get(1).name(), plan.cast().members().get(1).voice()));
    }
}
