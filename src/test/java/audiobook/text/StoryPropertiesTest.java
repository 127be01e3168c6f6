package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StoryPropertiesTest {

    @Provide
    Arbitrary<String> anyText() {
        return TextProperties.anyText();
    }

    @Provide
    Arbitrary<String> prose() {
        return TextProperties.prose();
    }

    /** Whatever the input, the parser gives a manuscript or says there is nothing to narrate. */
    @Property(tries = 600)
    void parsingNeverFailsOtherwise(@ForAll("anyText") String text) {
        try {
            Manuscript m = new StoryParser(0).parse(text, "s.txt");
            assertTrue(!m.chapters().isEmpty());
            m.chapters().forEach(c -> assertTrue(!c.title().isBlank() && !c.paragraphs().isEmpty(), c.title()));
            m.chapters().stream().flatMap(c -> c.paragraphs().stream()).flatMap(p -> p.sentences().stream())
                    .forEach(s -> assertTrue(!s.isBlank() && s.equals(SentenceSplitter.fold(s)), s));
        } catch (AudiobookException e) {
            assertEquals(AudiobookException.Kind.INPUT, e.kind());
            assertTrue(e.getMessage().startsWith("s.txt: "), e.getMessage());
        }
    }

    /** Prose (no headings, rules or front matter) keeps every word, in order, once. */
    @Property(tries = 400)
    void proseKeepsEveryWordInOrder(@ForAll("prose") String text) {
        Manuscript m = new StoryParser(0).parse(text, "s.txt");
        List<String> narrated = m.chapters().stream().flatMap(c -> c.paragraphs().stream())
                .flatMap(p -> p.sentences().stream()).flatMap(s -> Words.of(s).stream()).toList();
        assertEquals(Words.of(StoryParser.clean(text)), narrated);
        assertEquals("", m.frontMatter());
    }

    /** Any chapter target gives chapters that hold the same words as the text. */
    @Property(tries = 100)
    void anyChapterTargetKeepsTheWords(@ForAll("prose") String text, @ForAll @net.jqwik.api.constraints.IntRange(
            min = 50, max = 2000) int target) {
        List<String> expected = Words.of(StoryParser.clean(text));
        List<String> narrated = new StoryParser(target).parse(text, "s.txt").chapters().stream()
                .flatMap(c -> c.paragraphs().stream()).flatMap(p -> Words.of(p.text()).stream()).toList();
        assertEquals(expected, narrated);
    }
}
