package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    @Test
    void splitsAtTerminalPunctuationFollowedByACapital() {
        assertEquals(List.of("It rained.", "We ran!", "Why?"), SentenceSplitter.split("It rained. We ran! Why?"));
    }

    @Test
    void aVolumeOrChapterBeforeARomanNumeralEndsNoSentence() {
        assertEquals(List.of("Vol. III, p. 42, gives the rest.", "Chap. XII tells it."),
                SentenceSplitter.split("Vol. III, p. 42, gives the rest. Chap. XII tells it."));
        assertEquals(List.of("He wrote a chap.", "I read it."), SentenceSplitter.split("He wrote a chap. I read it."));
    }

    @Test
    void keepsAbbreviationsInitialsAndDecimalsInsideTheSentence() {
        assertEquals(List.of("Mr. Smith met Dr. Jones at 3.5 miles from J. R. Hartley's house.", "Then rain."),
                SentenceSplitter.split("Mr. Smith met Dr. Jones at 3.5 miles from J. R. Hartley's house. Then rain."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Mrs. Jones and Ms. Lee went to St. Paul's with Capt. Rowe.",
        "Bring fruit, e.g. Apples, or i.e. Pears, or vs. Grapes.",
        "He lived at No. 5 on p. 12 of Vol. 3 in the U.S. Army records.",
        "The ship sailed for the U.S. Navy at 3.45 knots.",
        "It cost $3.50 and J. R. R. Tolkien paid.",
        "It cost £5 10s. 6d. in Dec. 1897."})
    void doesNotBreakAtAbbreviations(String sentence) {
        assertEquals(List.of(sentence), SentenceSplitter.split(sentence));
    }

    @Test
    void breaksWhereTheSameWordsEndASentence() {
        assertEquals(List.of("No.", "I won't."), SentenceSplitter.split("No. I won't."));
        assertEquals(List.of("So did I.", "Then we left."), SentenceSplitter.split("So did I. Then we left."));
        assertEquals(List.of("We met at 8 p.m.", "The next day it rained."),
                SentenceSplitter.split("We met at 8 p.m. The next day it rained."));
        assertEquals(List.of("Apples, pears, etc.", "Then more."), SentenceSplitter.split("Apples, pears, etc. Then more."));
    }

    @Test
    void anEllipsisBeforeLowerCaseDoesNotEndTheSentence() {
        assertEquals(List.of("He'd been\u2026 well, looking.", "Yes."),
                SentenceSplitter.split("He'd been\u2026 well, looking. Yes."));
    }

    @Test
    void closingQuotesAndItalicsStayWithTheirSentence() {
        assertEquals(List.of("\u201CRun!\u201D", "She ran."), SentenceSplitter.split("\u201CRun!\u201D She ran."));
        assertEquals(List.of("\u201CRun!\u201D she said."), SentenceSplitter.split("\u201CRun!\u201D she said."));
        assertEquals(List.of("It was _over._", "Done."), SentenceSplitter.split("It was _over._ Done."));
    }

    @Test
    void foldsWhiteSpaceAndKeepsAnUnfinishedTail() {
        assertEquals(List.of("One.", "Two and then"), SentenceSplitter.split("One.\n  Two\u00A0\u2003 and then"));
    }

    @Test
    void aStreetEndsASentenceWhenOneFollowsButASaintNever() {
        assertEquals(List.of("He lived at 221B Baker St.", "The next day he left."),
                SentenceSplitter.split("He lived at 221B Baker St. The next day he left."));
        assertEquals(List.of("They prayed at St. Paul's.", "Then they went to St. Ives."),
                SentenceSplitter.split("They prayed at St. Paul's. Then they went to St. Ives."));
        assertEquals(List.of("Mr. St. John came.", "He sat down."), SentenceSplitter.split("Mr. St. John came. He sat down."));
        assertEquals(List.of("John Smith, Esq.", "The letter was brief."),
                SentenceSplitter.split("John Smith, Esq. The letter was brief."));
        assertEquals(List.of("He lived in Co. Cork for a year."), SentenceSplitter.split("He lived in Co. Cork for a year."));
        assertEquals(List.of("A firm in Siam--Messrs. Sigg and Son.", "Then she sailed."),
                SentenceSplitter.split("A firm in Siam--Messrs. Sigg and Son. Then she sailed."));
        assertEquals(List.of("It is like our 'Co.'", "'P,' of course, stands for 'Papier.'"),
                SentenceSplitter.split("It is like our 'Co.' 'P,' of course, stands for 'Papier.'"));
    }

    @Test
    void aDottedAcronymEndsASentenceBeforeAWordThatOpensOne() {
        assertEquals(List.of("He went to the U.S.", "The trip was long."),
                SentenceSplitter.split("He went to the U.S. The trip was long."));
        assertEquals(List.of("The wind blew from the N.E.", "The ship heeled over."),
                SentenceSplitter.split("The wind blew from the N.E. The ship heeled over."));
        assertEquals(List.of("He joined the U.S. Army in 1862."), SentenceSplitter.split("He joined the U.S. Army in 1862."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Say? ... I don't know.", "It was . . . a dream. . . . Then he woke.",
        "\u201CWell . . . . \u201D He paused. \u201C. . . . No.\u201D", ". . . . And so it ended.", "Yes. . . . . No."})
    void aSpacedEllipsisIsOneMarkAndNoSentenceIsMarksAlone(String paragraph) {
        List<String> sentences = SentenceSplitter.split(paragraph);
        assertEquals(SentenceSplitter.fold(paragraph), String.join(" ", sentences));
        for (String s : sentences) {
            assertTrue(s.chars().anyMatch(Character::isLetterOrDigit), sentences.toString());
        }
    }

    @Test
    void theEllipsisStaysWithTheWordsBeforeIt() {
        assertEquals(List.of("Say? ...", "I don't know."), SentenceSplitter.split("Say? ... I don't know."));
        assertEquals(List.of("It was . . . a dream. . . .", "Then he woke."),
                SentenceSplitter.split("It was . . . a dream. . . . Then he woke."));
    }

    @Property(tries = 1000)
    void noSentenceIsMarksAloneWhenTheParagraphHasWords(@ForAll("marks") String paragraph) {
        List<String> sentences = SentenceSplitter.split(paragraph);
        assertEquals(SentenceSplitter.fold(paragraph), String.join(" ", sentences));
        if (paragraph.chars().anyMatch(Character::isLetterOrDigit)) {
            sentences.forEach(s -> assertTrue(s.chars().anyMatch(Character::isLetterOrDigit), sentences.toString()));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> marks() {
        return net.jqwik.api.Arbitraries.of(".", ". . .", ". . . .", "...", "\u2026", "?", "!", "\"", "\u201D", "\u2014",
                "Then", "he", "St.", "Baker", "U.S.", "The", "I", "No.", "5", "Mr.", "\u201C").list().ofMaxSize(30)
                .map(words -> String.join(" ", words));
    }

    @Property(tries = 1000)
    void sentencesJoinBackToTheFoldedParagraph(@ForAll String paragraph) {
        assertEquals(SentenceSplitter.fold(paragraph), String.join(" ", SentenceSplitter.split(paragraph)));
    }
}
