package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import audiobook.text.Words;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseSplitterTest {

    private static final String LONG = "The men on deck had been working at the pumps since the middle watch and "
            + "the water in the well was rising faster than any of them could bail it out--every one of them knew "
            + "what that meant for the ship and for the cargo of coolies below in the hold";

    @Test
    void anAttachedDoubleHyphenOrDashIsAClauseMark() {
        List<String> parts = ClauseSplitter.split(LONG, 40);
        assertEquals(List.of(LONG.substring(0, LONG.indexOf("--") + 2), LONG.substring(LONG.indexOf("--") + 2)), parts);
        String dashed = LONG.replace("--", "\u2014");
        assertEquals(dashed.substring(0, dashed.indexOf('\u2014') + 1), ClauseSplitter.split(dashed, 40).get(0));
    }

    @Test
    void thePartsHoldEveryWordInOrderAsWritten() {
        String text = LONG.replace("--", "\u2014") + ", and then\u2014far too late\u2014the order came";
        List<String> parts = ClauseSplitter.split(text, 12);
        assertEquals(Words.of(text), parts.stream().flatMap(p -> Words.of(p).stream()).toList());
        assertEquals(text.replace(" ", ""), String.join("", parts).replace(" ", ""));
    }

    @Test
    void aHyphenAndARangeAreNotClauseMarks() {
        assertEquals(List.of("well-known", "1914\u201318"), Words.of("well-known 1914\u201318"));
        assertEquals(List.of("ran\u2014", "fast"), Words.of("ran\u2014fast"));
        assertEquals(List.of("\u2014Hello"), Words.of("\u2014Hello"));
    }
}
