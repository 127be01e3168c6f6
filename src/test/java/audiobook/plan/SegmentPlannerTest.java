package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.text.Manuscript;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import audiobook.text.Words;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentPlannerTest {

    private final BookPlan seed = new SegmentPlanner(PlanSettings.defaults())
            .plan(StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0)), "jasper-and-rusty.txt");

    @Test
    void titleAndSlugComeFromTheFileName() {
        assertEquals("Jasper and Rusty", seed.title());
        assertEquals("jasper-and-rusty", seed.slug());
    }

    @Test
    void everyChapterOpensWithItsTitleThenAChapterPause() {
        for (ChapterPlan c : seed.chapters()) {
            Segment first = c.segments().get(0);
            assertEquals(c.title(), first.text());
            assertEquals(PauseKind.TITLE, first.pauseAfter());
            assertTrue(Math.abs(first.pauseMs() - Pauses.DEFAULT.titleMs()) <= Pauses.DEFAULT.titleMs() / 5, "" + first.pauseMs());
            assertEquals(PauseKind.END, c.segments().get(c.segments().size() - 1).pauseAfter());
        }
    }

    @Test
    void segmentsHoldEveryWordOnceAndStayShort() {
        Manuscript m = StoryReader.read(Path.of("seeds/jasper-and-rusty.txt"), new StoryParser(0));
        List<String> expected = m.chapters().stream().flatMap(c -> c.paragraphs().stream())
                .flatMap(p -> Words.of(p.text()).stream()).toList();
        List<String> planned = seed.chapters().stream()
                .flatMap(c -> c.segments().stream().skip(1)).flatMap(s -> Words.of(s.text()).stream()).toList();
        assertEquals(expected, planned);
        assertTrue(seed.chapters().stream().flatMap(c -> c.segments().stream())
                .allMatch(s -> Words.count(s.text()) <= PlanSettings.MAX_SEGMENT_WORDS));
    }

    @Test
    void theStormSetsTheSceneHoldsAndEndsWithTheJumpInTime() {
        List<Segment> all = seed.chapters().stream().flatMap(c -> c.segments().stream()).toList();
        int onset = indexOf(all, "One day, a storm rolled in.");
        int weeksLater = indexOf(all, "Over the next few weeks, we began a precarious routine.");
        assertEquals(0.0, all.get(1).cue().get("storm"));
        assertEquals(1.0, all.get(onset).cue().get("storm"));
        for (int i = onset; i < weeksLater; i++) {
            assertTrue(all.get(i).cue().get("storm") >= 0.8, i + ": " + all.get(i).cue());
        }
        assertTrue(all.get(weeksLater).cue().get("storm") < 0.1, all.get(weeksLater).cue().toString());
    }

    @Test
    void longSentencesSplitAtAClauseBoundaryWithAShortPause() {
        String sentence = "The wind came, and it shook the trees and the houses and the old barn, "
                + "and then it went away across the hills and the fields and the rivers, far away to the sea.";
        List<String> parts = ClauseSplitter.split(sentence, 15);
        assertEquals(sentence, String.join(" ", parts));
        assertTrue(parts.size() >= 2);
        assertTrue(parts.stream().allMatch(p -> Words.count(p) <= 15));
    }

    @Test
    void dialogueSceneAndParagraphBoundariesHaveTheirPauses() {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults()).plan(new StoryParser(0).parse(
                "# IV\n\n\u201CRun!\u201D she said. The sea rose.\n\n* * *\n\nAt dawn it was calm.\n\nThe end.\n", "s.txt"),
                "s.txt");
        List<Segment> s = plan.chapters().get(0).segments();
        assertEquals(List.of("IV", "\u201CRun!\u201D", "she said.", "The sea rose.", "At dawn it was calm.", "The end."),
                s.stream().map(Segment::text).toList());
        assertEquals("Four", s.get(0).spoken());
        assertEquals(List.of(VoiceRole.NARRATOR, VoiceRole.DIALOGUE, VoiceRole.NARRATOR, VoiceRole.NARRATOR,
                VoiceRole.NARRATOR, VoiceRole.NARRATOR), s.stream().map(Segment::role).toList());
        assertEquals(List.of(PauseKind.TITLE, PauseKind.CLAUSE, PauseKind.SENTENCE, PauseKind.SCENE, PauseKind.PARAGRAPH,
                PauseKind.END), s.stream().map(Segment::pauseAfter).toList());
        List<Integer> base = List.of(1800, 250, 650, 2500, 1250, 0);
        for (int i = 0; i < base.size(); i++) {
            int ms = s.get(i).pauseMs();
            assertTrue(Math.abs(ms - base.get(i)) <= base.get(i) / 5, i + ": " + ms + " for " + base.get(i));
        }
        assertEquals(s.stream().map(Segment::pauseMs).toList(), new SegmentPlanner(PlanSettings.defaults())
                .plan(new StoryParser(0).parse("# IV\n\n\u201CRun!\u201D she said. The sea rose.\n\n* * *\n\n"
                        + "At dawn it was calm.\n\nThe end.\n", "s.txt"), "s.txt")
                .chapters().get(0).segments().stream().map(Segment::pauseMs).toList(), "the same plan, the same pauses");
    }

    @Test
    void theLexiconReachesTheSpokenTextOnly() {
        PlanSettings settings = new PlanSettings(null, null, 1, false, PlanSettings.MAX_SEGMENT_WORDS, Pauses.DEFAULT, 0,
                audiobook.text.Lexicon.parse("Jasper = jass per\n", "lexicon.txt"));
        BookPlan plan = new SegmentPlanner(settings).plan(new StoryParser(0).parse("I am Jasper.\n", "s.txt"), "s.txt");
        Segment s = plan.chapters().get(0).segments().get(1);
        assertEquals("I am Jasper.", s.text());
        assertEquals("I am jass per.", s.spoken());
    }

    private static int indexOf(List<Segment> segments, String text) {
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no segment " + text);
    }
}
