package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void anEllipsisBeforeLowerCaseDoesNotEndTheSentence() {
        assertEquals(List.of("He'd been\u2026 well, looking.", "Yes."),
                SentenceSplitter.split("He'd been\u2026 well, looking. Yes."));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        assertEquals(List.of("\u201CRun!\u201D", "She ran."), SentenceSplitter.split("\u201CRun!\u201D She ran."));
    }

    @Test
    void foldsWhiteSpaceAndKeepsAnUnfinishedTail() {
        assertEquals(List.of("One.", "Two and then"), SentenceSplitter.split("One.\n  Two   and then"));
    }
}
