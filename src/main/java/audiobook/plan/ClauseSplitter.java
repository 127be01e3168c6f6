package audiobook.plan;

import audiobook.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence longer than a maximum number of words at the clause boundary (after a
 * comma, semicolon, colon or dash) nearest its middle, so that no segment runs on for a whole
 * screen of captions; without a clause mark, at the middle. A dash attached to a word
 * ({@code ran—fast}, {@code ran--fast}) is a clause mark too: {@link Words} parts the two words
 * there. Each part is the sentence's own text, so the parts hold every word of it in order. Works on word positions, so a sentence of a million words splits in
 * O(n log n).
 */
final class ClauseSplitter {

    private static final int MIN_PART_WORDS = 4;

    private ClauseSplitter() {
    }

    static List<String> split(String sentence, int maxWords) {
        int[] spans = Words.spans(sentence);
        List<String> words = Words.of(sentence);
        if (words.size() <= maxWords) {
            return List.of(sentence);
        }
        List<String> parts = new ArrayList<>();
        splitInto(sentence, spans, words, 0, words.size(), Math.max(1, maxWords), parts);
        return parts;
    }

    private static void splitInto(String sentence, int[] spans, List<String> words, int from, int to, int maxWords,
                                  List<String> parts) {
        if (to - from <= maxWords) {
            // As written: a cut after an attached dash ("ran—fast") leaves no space behind.
            parts.add(sentence.substring(spans[2 * from], spans[2 * (to - 1) + 1]));
            return;
        }
        int cut = bestCut(words, from, to);
        splitInto(sentence, spans, words, from, cut, maxWords, parts);
        splitInto(sentence, spans, words, cut, to, maxWords, parts);
    }

    /** The word index to cut before: after a clause mark nearest the middle, else the middle. */
    private static int bestCut(List<String> words, int from, int to) {
        int middle = from + (to - from) / 2;
        int best = -1;
        for (int i = from + MIN_PART_WORDS; i <= to - MIN_PART_WORDS; i++) {
            if (endsClause(words.get(i - 1)) || isDash(words.get(i))) {
                if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) {
                    best = i;
                }
            }
        }
        return best > from ? best : middle;
    }

    private static boolean endsClause(String word) {
        char last = word.charAt(word.length() - 1);
        return last == ',' || last == ';' || last == ':' || last == '\u2014' || last == '\u2013'
                || last == '\u2015' || word.endsWith("--");
    }

    private static boolean isDash(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '-' && c != '\u2013' && c != '\u2014') {
                return false;
            }
        }
        return true;
    }
}
