package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionCuesTest {

    @Test
    void aLongSentenceIsCutAtItsClausesIntoCuesOfAtMostTwoLinesAndSevenSeconds() {
        String sentence = "The wind came over the hill in the night, and it tore at the shutters of the old house, "
                + "while the dog lay awake by the door; nobody in the village slept until the grey light of morning "
                + "crept over the fields and the storm at last moved on towards the sea.";
        List<Caption> cues = CaptionCues.split(new Caption(1000, 14000, sentence));
        assertTrue(cues.size() >= 3, cues.toString());
        StringBuilder joined = new StringBuilder();
        long at = 1000;
        for (Caption c : cues) {
            assertEquals(at, c.startMs(), "cues follow one another without a gap");
            at = c.endMs();
            assertTrue(WebVttWriter.wrap(c.text(), WebVttWriter.LINE_CHARS).size() <= 2, c.text());
            assertTrue(c.endMs() - c.startMs() <= CaptionCues.MAX_MS, c.toString());
            joined.append(joined.length() == 0 ? "" : " ").append(c.text());
        }
        assertEquals(14000, at);
        assertEquals(sentence, joined.toString(), "no word lost or moved");
        assertTrue(cues.get(0).text().endsWith(",") || cues.get(0).text().endsWith(";"), "cut after a clause: " + cues);
    }

    @Test
    void aShortCueStaysWhole() {
        Caption c = new Caption(0, 2500, "The rain fell.");
        assertEquals(List.of(c), CaptionCues.split(c));
    }

    @Test
    void withoutAClauseBoundaryTheCutFallsBetweenWords() {
        String text = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty";
        List<Caption> cues = CaptionCues.split(new Caption(0, 9000, text));
        assertTrue(cues.size() >= 2, cues.toString());
        assertEquals(text, String.join(" ", cues.stream().map(Caption::text).toList()));
    }
}
