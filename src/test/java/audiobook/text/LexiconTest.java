package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    @TempDir
    Path dir;

    private static final String ENTRIES = """
            # names in this story
            Hermione = her my oh nee
            Morwenna = mor when a

            St. Ives = saint eyes
            Ives = eye vz
            Don’t = do not
            """;

    @Test
    void replacesWholeWordsAndPhrasesIgnoringCaseLongestFirst() {
        SpeechNormaliser n = new SpeechNormaliser(Lexicon.parse(ENTRIES, "lexicon.txt"));
        assertEquals("her my oh nee met mor when a in saint eyes, not in eye vz.",
                n.spoken("HERMIONE met Morwenna in St. Ives, not in Ives."));
        assertEquals("Hermiones and Ivesham stay as written.", n.spoken("Hermiones and Ivesham stay as written."));
    }

    @Test
    void matchesTheTextAsWrittenThenReadsTheReplacementLikeAnyText() {
        SpeechNormaliser n = new SpeechNormaliser(Lexicon.parse("R2 = are 2\nZoë = zoey\n", "l.txt"));
        assertEquals("are two and zoey", n.spoken("R2 and Zo\u00EB"));
        assertEquals("do not go", new SpeechNormaliser(Lexicon.parse(ENTRIES, "l")).spoken("Don't go"));
    }

    @Test
    void badLinesAreOneLineErrorsNamingFileAndLine() {
        assertError("lexicon.txt:2: expected one 'written = spoken' entry, found 'Hermione her my oh nee'",
                "# ok\nHermione her my oh nee\n");
        assertError("lexicon.txt:1: nothing after '=' in 'Hermione ='", "Hermione =\n");
        assertError("lexicon.txt:1: nothing before '=' in '= her'", "= her\n");
        assertError("lexicon.txt:3: 'hermione' is already given on line 1", "Hermione = a\n\nhermione = b\n");
        assertError("lexicon.txt:1: expected one 'written = spoken' entry, found 'a = b = c'", "a = b = c\n");
    }

    private static void assertError(String message, String text) {
        AudiobookException e = assertThrows(AudiobookException.class, () -> Lexicon.parse(text, "lexicon.txt"));
        assertEquals(message, e.getMessage());
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
    }

    @Test
    void theLexiconBesideTheStoryIsUsedUnlessOneIsNamed() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), "Hermione ran.");
        assertSame(Lexicon.EMPTY, Lexicon.forStory(story, null));
        Files.writeString(dir.resolve("lexicon.txt"), "Hermione = her my oh nee\n");
        assertEquals(1, Lexicon.forStory(story, null).size());
        Path named = Files.writeString(dir.resolve("names.txt"), "a = b\nc = d\n");
        assertEquals(2, Lexicon.forStory(story, named).size());
        AudiobookException missing = assertThrows(AudiobookException.class,
                () -> Lexicon.forStory(story, dir.resolve("nope.txt")));
        assertTrue(missing.getMessage().contains("nope.txt"));
    }

    @Test
    void printsTheSameInEveryProcessForBuildFingerprints() {
        assertEquals("Lexicon[a=b, c=d]", Lexicon.parse("c = d\na = b\n", "x.txt").toString());
        assertEquals("Lexicon[]", Lexicon.EMPTY.toString());
    }

    @Test
    void aLexiconThatIsNotUtf8IsRefused() throws IOException {
        Path latin1 = Files.write(dir.resolve("lexicon.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', '=', ' ', 'x'});
        AudiobookException e = assertThrows(AudiobookException.class, () -> Lexicon.load(latin1));
        assertTrue(e.getMessage().contains("UTF-8") && e.getMessage().contains("lexicon.txt"));
    }
}
