package audiobook.plan;

import audiobook.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph's sentences into the parts a character speaks and the parts the narrator
 * reads: {@code “Run!” she said.} is dialogue {@code “Run!”} then narration {@code she said.}
 * Parts are whole words (a word touching a quotation mark goes with the quotation), so no word is
 * split, lost or repeated.
 *
 * <p>Quotation marks are paired within the paragraph: curly double quotes, straight double quotes
 * (an inch mark after a digit is not one), curly single quotes, and straight single quotes where
 * the paragraph uses no double quotes. A quotation left open at the end of a paragraph closes
 * there (the convention for a speech running over several paragraphs). A quoted phrase counts as
 * speech when it has at least {@value #SPEECH_WORDS} words, opens its sentence and ends with a
 * mark inside the quotes ({@code “Yes,” she said}), holds a sentence mark, or sits next to a
 * speech verb ({@code she said, “Go”}); otherwise it is a title, a name or a scare quote
 * ({@code “Moby Dick” is long}, {@code to “play,” which}) and stays with the narrator.
 */
final class DialogueSplitter {

    /** A run of words read by one voice. */
    record Part(String text, VoiceRole role) {
    }

    private static final int SPEECH_WORDS = 4;
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "asked", "asks", "ask", "cried",
            "cries", "shouted", "shouts", "whispered", "whispers", "replied", "replies", "answered", "answers", "yelled",
            "muttered", "murmured", "exclaimed", "added", "continued", "began", "repeated", "screamed", "roared",
            "sighed", "thought", "wondered", "insisted", "demanded", "pleaded", "begged", "admitted", "agreed",
            "protested", "snapped", "growled", "laughed", "sobbed", "gasped", "hissed", "breathed", "whimpered",
            "observed", "remarked", "suggested", "explained", "declared", "announced", "retorted", "interrupted",
            "warned", "called", "shrieked", "stammered", "mumbled", "grumbled", "went");
    private static final Set<String> ELISIONS = Set.of("'tis", "'twas", "'twill", "'twould", "'em", "'cause", "'til",
            "'n'", "'bout", "'round", "'fore", "'ere", "'ave", "'e", "'im", "'er", "'is");

    private DialogueSplitter() {
    }

    /** For each sentence, its parts in reading order. */
    static List<List<Part>> split(List<String> sentences) {
        List<String> words = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int[] sentenceSpans = Words.spans(sentences.get(s));
            spans.add(sentenceSpans);
            for (int k = 0; k < sentenceSpans.length; k += 2) {
                words.add(sentences.get(s).substring(sentenceSpans[k], sentenceSpans[k + 1]));
                sentenceOf.add(s);
            }
        }
        boolean[] quoted = new QuoteScanner(String.join(" ", sentences)).quotedWords(words);
        keepOnlySpeech(words, sentenceOf, quoted);
        List<List<Part>> parts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            parts.add(new ArrayList<>());
        }
        int start = 0;
        int firstOfSentence = 0;
        for (int i = 1; i <= words.size(); i++) {
            boolean newSentence = i == words.size() || !sentenceOf.get(i).equals(sentenceOf.get(start));
            if (newSentence || quoted[i] != quoted[start]) {
                int s = sentenceOf.get(start);
                // The sentence's own characters, so that words written without a space between
                // them (thousand—“One) come out as written.
                String text = sentences.get(s).substring(spans.get(s)[2 * (start - firstOfSentence)],
                        spans.get(s)[2 * (i - 1 - firstOfSentence) + 1]);
                parts.get(s).add(new Part(text, quoted[start] ? VoiceRole.DIALOGUE : VoiceRole.NARRATOR));
                start = i;
                if (newSentence) {
                    firstOfSentence = i;
                }
            }
        }
        return parts;
    }

    /** Clears the quoted flag of quotations that are not speech. */
    private static void keepOnlySpeech(List<String> words, List<Integer> sentenceOf, boolean[] quoted) {
        int i = 0;
        while (i < words.size()) {
            if (!quoted[i]) {
                i++;
                continue;
            }
            int end = i;
            while (end < words.size() && quoted[end]) {
                end++;
            }
            if (!isSpeech(words, sentenceOf, i, end)) {
                for (int k = i; k < end; k++) {
                    quoted[k] = false;
                }
            }
            i = end;
        }
    }

    private static boolean isSpeech(List<String> words, List<Integer> sentenceOf, int start, int end) {
        if (end - start >= SPEECH_WORDS) {
            return true;
        }
        boolean opensSentence = start == 0 || !sentenceOf.get(start - 1).equals(sentenceOf.get(start));
        boolean closedWithMark = endsWithMark(words.get(end - 1));
        if (opensSentence && (closedWithMark || end == words.size())) {
            return true;
        }
        for (int k = start; k < end; k++) {
            if (words.get(k).matches(".*[.!?\u2026].*")) {
                return true;
            }
        }
        boolean introduced = !opensSentence && words.get(start - 1).matches(".*[,:]$") && nearVerb(words, start - 2, start);
        return introduced || closedWithMark && nearVerb(words, end, end + 2);
    }

    /** Speech closes its quotation after a mark ("Yes," / "Run!"); a title or a name does not ("Moby Dick"). */
    private static boolean endsWithMark(String word) {
        int close = word.length() - 1;
        while (close >= 0 && "\"'\u201D\u2019\u00BB".indexOf(word.charAt(close)) < 0) {
            close--;
        }
        return close > 0 && ",.!?\u2026\u2014\u2013-".indexOf(word.charAt(close - 1)) >= 0;
    }

    private static boolean nearVerb(List<String> words, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(words.size(), to); k++) {
            String w = words.get(k).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (SPEECH_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isElision(String word) {
        return ELISIONS.contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}']+$", ""));
    }
}
