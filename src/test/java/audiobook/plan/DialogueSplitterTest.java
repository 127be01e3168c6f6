package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import audiobook.text.SentenceSplitter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DialogueSplitterTest {

    /** The parts of a paragraph as "d:text" and "n:text", sentences separated by " | ". */
    private static String parts(String paragraph) {
        return DialogueSplitter.split(SentenceSplitter.split(paragraph)).stream()
                .map(sentence -> sentence.stream()
                        .map(p -> (p.role() == VoiceRole.DIALOGUE ? "d:" : "n:") + p.text())
                        .collect(Collectors.joining(" + ")))
                .collect(Collectors.joining(" | "));
    }

    @Test
    void theSpeechIsDialogueAndItsAttributionIsTheNarrators() {
        assertEquals("d:\u201CRun!\u201D + n:she said.", parts("\u201CRun!\u201D she said."));
        assertEquals("d:\u201CI,\u201D + n:he said, + d:\u201Cam tired.\u201D",
                parts("\u201CI,\u201D he said, \u201Cam tired.\u201D"));
        assertEquals("n:She said, + d:\u201CGo home.\u201D", parts("She said, \u201CGo home.\u201D"));
    }

    @Test
    void aQuotationOverSeveralSentencesStaysDialogue() {
        assertEquals("d:\u201CRun! | d:Now!\u201D + n:she said.", parts("\u201CRun! Now!\u201D she said."));
    }

    @Test
    void aSpeechLeftOpenRunsToTheEndOfItsParagraph() {
        assertEquals("d:\u201CIt was a long night. | d:Nobody slept.", parts("\u201CIt was a long night. Nobody slept."));
    }

    @Test
    void scareQuotesAndNamesStayWithTheNarrator() {
        assertEquals("n:He\u2019d try to herd me, to \u201Cplay,\u201D which usually ended badly.",
                parts("He\u2019d try to herd me, to \u201Cplay,\u201D which usually ended badly."));
        assertEquals("n:It was labelled \u201CORANGE MARMALADE\u201D, but it was empty.",
                parts("It was labelled \u201CORANGE MARMALADE\u201D, but it was empty."));
        assertEquals("n:\u201CMoby Dick\u201D is a long book, and \u201CWar and Peace\u201D, she said, is longer.",
                parts("\u201CMoby Dick\u201D is a long book, and \u201CWar and Peace\u201D, she said, is longer."));
        assertEquals("d:\u201CYes,\u201D + n:she said.", parts("\u201CYes,\u201D she said."));
    }

    @Test
    void singleQuotesWhereTheTextUsesThem() {
        assertEquals("d:\u2018Stop,\u2019 + n:she said, + d:\u2018you\u2019ll fall.\u2019",
                parts("\u2018Stop,\u2019 she said, \u2018you\u2019ll fall.\u2019"));
        assertEquals("d:'One day,' + n:her father said, + d:'you'll walk down all of them.'",
                parts("'One day,' her father said, 'you'll walk down all of them.'"));
    }

    @Test
    void apostrophesInchMarksAndElisionsAreNotQuotes() {
        assertEquals("n:The dogs\u2019 bowls were empty and the cats\u2019 too.",
                parts("The dogs\u2019 bowls were empty and the cats\u2019 too."));
        assertEquals("n:He was 6'2\" tall and she was 5'4\" tall.", parts("He was 6'2\" tall and she was 5'4\" tall."));
        assertEquals("n:'Tis the season, and 'twas ever so.", parts("'Tis the season, and 'twas ever so."));
    }

    @Test
    void partsJoinBackToTheSentences() {
        String paragraph = "\u201CWell!\u201D thought Alice to herself, \u201Cafter such a fall as this, I shall think "
                + "nothing of tumbling down stairs!\u201D (Which was very likely true.) \u201CNo,\u201D she said.";
        List<String> sentences = SentenceSplitter.split(paragraph);
        List<List<DialogueSplitter.Part>> parts = DialogueSplitter.split(sentences);
        for (int s = 0; s < sentences.size(); s++) {
            assertEquals(sentences.get(s), parts.get(s).stream().map(DialogueSplitter.Part::text)
                    .collect(Collectors.joining(" ")));
        }
    }

    @Test
    void aQuotationRightAfterADashStartsAtItsMark() {
        assertEquals("n:He was one in a thousand\u2014 + d:\u201COne in a thousand,\u201D + n:he said.",
                parts("He was one in a thousand\u2014\u201COne in a thousand,\u201D he said."));
        assertEquals("n:It was over-- + d:\u201CGo home!\u201D", parts("It was over--\u201CGo home!\u201D"));
        // Written as it was: no space is added where the words were parted.
        List<List<DialogueSplitter.Part>> parts = DialogueSplitter.split(List.of("one in a thousand\u2014\u201COne.\u201D"));
        assertEquals("one in a thousand\u2014", parts.get(0).get(0).text());
    }
}
