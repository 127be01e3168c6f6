package audiobook.plan;

import audiobook.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence longer than a maximum number of words at the clause boundary (after a
 * comma, semicolon, colon or dash) nearest its middle, so that no segment runs on for a whole
 * screen of captions. The parts joined with spaces give the sentence back.
 */
final class ClauseSplitter {

    private static final int MIN_PART_WORDS = 4;

    private ClauseSplitter() {
    }

    static List<String> split(String sentence, int maxWords) {
        List<String> parts = new ArrayList<>();
        splitInto(sentence, maxWords, parts);
        return parts;
    }

    private static void splitInto(String sentence, int maxWords, List<String> parts) {
        List<String> words = Words.of(sentence);
        if (words.size() <= maxWords) {
            parts.add(sentence);
            return;
        }
        int cut = bestCut(words);
        splitInto(String.join(" ", words.subList(0, cut)), maxWords, parts);
        splitInto(String.join(" ", words.subList(cut, words.size())), maxWords, parts);
    }

    /** The word index to cut before: after a clause mark nearest the middle, else the middle. */
    private static int bestCut(List<String> words) {
        int middle = words.size() / 2;
        int best = -1;
        for (int i = MIN_PART_WORDS; i <= words.size() - MIN_PART_WORDS; i++) {
            String previous = words.get(i - 1);
            boolean clauseEnd = previous.matches(".*[,;:]$") || words.get(i).matches("[\u2013\u2014-]+");
            if (clauseEnd && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best > 0 ? best : middle;
    }
}
