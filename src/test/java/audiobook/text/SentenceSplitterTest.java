package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Property(tries = 1000)
    void sentencesJoinBackToTheFoldedParagraph(@ForAll String paragraph) {
        assertEquals(SentenceSplitter.fold(paragraph), String.join(" ", SentenceSplitter.split(paragraph)));
    }
}
