package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of token in the case table, scored as the held-out set is (leniently); the per-kind
 * accuracy is printed. Every case is expected right: a case that a change breaks is a failure
 * with the written, wanted and spoken text.
 */
class NormalisationCasesTest {

    @Test
    void everyKindIsReadAsANarratorWouldReadIt() {
        List<NormalisationCases.Result> results = NormalisationCases.score(NormalisationCases.load(),
                SpeechNormaliser::normalise);
        String report = NormalisationCases.report(results, true);
        System.out.println("Normalisation cases, per kind:\n" + report);
        Map<String, int[]> kinds = NormalisationCases.byKind(results);
        assertTrue(kinds.size() >= 12, "a case table per kind");
        assertTrue(kinds.get("all")[1] >= 400, "hundreds of cases");
        assertTrue(results.stream().allMatch(NormalisationCases.Result::right), report);
    }

    @Test
    void theScorerIsLenientOnlyWhereTheReviewIs() {
        assertTrue(NormalisationCases.agree("one hundred and five", "One hundred five."));
        assertTrue(NormalisationCases.agree("four and a half pounds", "four-and-a-half pounds"));
        assertTrue(NormalisationCases.agree("ten o'clock", "ten oclock"));
        assertTrue(!NormalisationCases.agree("salt and pepper", "salt pepper"));
        assertTrue(!NormalisationCases.agree("kilometers", "kilometres"));
    }
}
