package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.text.Manuscript;
import audiobook.text.Paragraph;
import audiobook.text.StoryParser;
import audiobook.text.TextProperties;
import audiobook.text.Words;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PlanPropertiesTest {

    private static final audiobook.text.SpeechNormaliser NORMALISER =
            new audiobook.text.SpeechNormaliser(audiobook.text.Lexicon.EMPTY);

    @Provide
    Arbitrary<String> anyText() {
        return TextProperties.anyText();
    }

    /**
     * Every word of the narrated text is in exactly one segment, in order: the segments' words,
     * chapter by chapter and without the titles, are the paragraphs' words.
     */
    @Property(tries = 600)
    void everyWordIsInExactlyOneSegmentInOrder(@ForAll("anyText") String text) {
        Manuscript m;
        try {
            m = new StoryParser(0).parse(text, "s.txt");
        } catch (AudiobookException e) {
            assertEquals(AudiobookException.Kind.INPUT, e.kind());
            return;
        }
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults()).plan(m, "s.txt");
        List<String> paragraphs = m.chapters().stream().flatMap(c -> c.paragraphs().stream())
                .flatMap(p -> Words.of(p.text()).stream()).toList();
        List<String> segments = plan.chapters().stream().flatMap(c -> {
            List<String> words = c.segments().stream().flatMap(s -> Words.of(s.text()).stream()).toList();
            return words.subList(Words.of(c.title()).size(), words.size()).stream(); // the title first
        }).toList();
        assertEquals(paragraphs, segments);
        for (ChapterPlan c : plan.chapters()) {
            checkChapter(c, m.chapters().get(c.number() - 1).paragraphs());
        }
    }

    private static void checkChapter(ChapterPlan chapter, List<Paragraph> paragraphs) {
        List<Segment> segments = chapter.segments();
        assertEquals(segments.size() > 1 ? PauseKind.TITLE : PauseKind.END, segments.get(0).pauseAfter());
        assertEquals(PauseKind.END, segments.get(segments.size() - 1).pauseAfter());
        long breaks = segments.stream().filter(s -> s.pauseAfter() == PauseKind.PARAGRAPH
                || s.pauseAfter() == PauseKind.SCENE).count();
        long scenes = segments.stream().filter(s -> s.pauseAfter() == PauseKind.SCENE).count();
        if (paragraphs.stream().allMatch(p -> Piece.isSpeakable(NORMALISER.spoken(p.text())))) {
            assertEquals(paragraphs.size() - 1, breaks);
            assertEquals(paragraphs.stream().skip(1).filter(Paragraph::opensScene).count(), scenes);
        } else {
            // a paragraph with nothing to say aloud joins a neighbour, and so does its break
            assertTrue(breaks < paragraphs.size());
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            assertEquals(i, s.index());
            assertTrue(!s.text().isBlank() && Words.count(s.text()) <= 40, s.text());
            assertTrue(s.spoken().chars().allMatch(c -> c >= 32 && c < 127), s.spoken());
            int base = Pauses.DEFAULT.of(s.pauseAfter());
            assertTrue(Math.abs(s.pauseMs() - base) <= base / 5 + 1, s.pauseMs() + " for " + base);
        }
    }
}
