package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.text.Manuscript;
import audiobook.text.SpeechNormaliser;
import audiobook.text.StoryParser;
import audiobook.text.Words;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Sentences of punctuation or symbols alone (spaced ellipses, dashes, lone marks) never become
 * segments of their own: FreeTTS says nothing for them, and a clip of no length has no caption.
 */
class UnspeakableTextTest {

    private static final SpeechNormaliser NORMALISER = new SpeechNormaliser(audiobook.text.Lexicon.EMPTY);

    @Provide
    Arbitrary<String> symbolsAmongProse() {
        Arbitrary<String> sentence = Arbitraries.oneOf(
                Arbitraries.of(". . .", ". . . .", "...", "\u2026", "\u2014", "--", "!", "?!", "\u201C\u201D", "\"",
                        "* *", "(", ")", ";", "\u00A7", "&", "%", "+", "=", "~", "\u2014\u2014.", "' '", "[ ]"),
                Arbitraries.of("It rained.", "Say?", "He waited.", "\u201CGo!\u201D she said.", "The end came",
                        "One day the storm broke.", "II", "I"));
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(8).map(s -> String.join(" ", s));
        return paragraph.list().ofMinSize(1).ofMaxSize(10).map(ps -> String.join("\n\n", ps) + "\n");
    }

    @Property(tries = 400)
    void everySegmentHasSomethingToSayAndNoWordIsLost(@ForAll("symbolsAmongProse") String text) {
        Manuscript m;
        try {
            m = new StoryParser(0).parse(text, "s.txt");
        } catch (AudiobookException e) {
            assertEquals(AudiobookException.Kind.INPUT, e.kind());
            return;
        }
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults()).plan(m, "s.txt");
        for (ChapterPlan chapter : plan.chapters()) {
            for (Segment s : chapter.segments()) {
                assertTrue(Piece.isSpeakable(s.spoken()), "segment " + s.index() + " says nothing: " + s.text());
            }
        }
        for (ChapterPlan chapter : plan.chapters()) {
            audiobook.text.Chapter written = m.chapters().get(chapter.number() - 1);
            List<String> words = new java.util.ArrayList<>(Words.of(written.title()));
            written.paragraphs().forEach(p -> words.addAll(Words.of(p.text())));
            assertEquals(words, chapter.segments().stream().flatMap(s -> Words.of(s.text()).stream()).toList(),
                    "every written word in one segment, in order");
        }
    }

    @Test
    void spacedEllipsesJoinTheSentenceBefore() {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults()).plan(new StoryParser(0).parse(
                "He said nothing. . . . Then the wind came. \u201CSay? ... I know.\u201D\n", "s.txt"), "s.txt");
        List<Segment> segments = plan.chapters().get(0).segments();
        assertTrue(segments.stream().noneMatch(s -> s.text().strip().matches("[.\\s\u2026]+")), segments.toString());
        assertTrue(segments.stream().anyMatch(s -> s.text().startsWith("He said nothing.")));
    }

    @Test
    void aChapterOfMarksAloneIsReadAsItsTitle() {
        List<List<Piece>> pieces = List.of(
                List.of(new Piece(". . .", VoiceRole.NARRATOR, PauseKind.PARAGRAPH, List.of())),
                List.of(new Piece("\u2014", VoiceRole.NARRATOR, PauseKind.END, List.of())));
        List<Piece> joined = Piece.speakable(pieces, NORMALISER);
        assertEquals(1, joined.size());
        assertEquals(". . . \u2014", joined.get(0).text());
        assertEquals(PauseKind.END, joined.get(0).pause());
    }
}
