package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a stretch of text with no headings into chapters near a target length, preferring to
 * start a chapter at a natural turn: a paragraph that opens with a shift in time ("One day",
 * "That night", "Over the next few weeks", "Three days later"). Chapters fall between half and
 * one and a half times the target where the paragraphs allow it; among the splits that do, the
 * one with chapters closest to the target and the fewest breaks that are not at turns wins (a
 * small dynamic programme over the paragraph boundaries, linear in the number of paragraphs).
 */
final class ChapterSplitter {

    private static final String COUNT = "(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|A few"
            + "|Several|Many|Some)";
    private static final Pattern TURN = Pattern.compile(
            "^[\"'\u201C\u2018]?(?:(?:Then )?One (?:day|night|morning|evening|afternoon|winter|summer|spring|autumn)"
                    + "|(?:That|This) (?:night|day|morning|evening|afternoon|winter|summer|spring|autumn|was the moment)"
                    + "|The (?:next|following) (?:day|morning|night|week|month|year|evening|spring|summer|winter)"
                    + "|The (?:day|morning|night) after|Next (?:morning|day)|Early (?:the next|next|one)"
                    + "|" + COUNT + " (?:hours?|days?|weeks?|months?|years?|seasons?|winters?|summers?) (?:later|passed|went by)"
                    + "|(?:Days|Weeks|Months|Years|Hours|Some time|Much|Long) (?:later|afterwards?|passed)"
                    + "|Time passed|Afterwards|Later that|Later,|Meanwhile|In the (?:morning|spring|summer|autumn|winter)"
                    + "|Over the (?:next|following|years|weeks|months)|At (?:dawn|dusk|last|daybreak|nightfall|sunrise)"
                    + "|By (?:dawn|nightfall|morning|evening|the time)|When (?:morning|night|dawn|spring|winter) came"
                    + "|Morning came|Night fell|Dawn broke)(?!\\w)");
    private static final Pattern MOVEMENT = Pattern.compile(
            "^[\"'\u201C\u2018]?(?:(?:Then|And|But|Until) )?(?:one|One) (?:day|night|morning|evening|afternoon)\\b"
                    + "|^(?:Over|During|In) the (?:next|following) (?:few )?(?:days|weeks|months|years|seasons)\\b"
                    + "|^(?:Days|Weeks|Months|Years|Many years|Some years) (?:later|passed|went by)\\b");
    /**
     * What a chapter break that is not at a turn costs, against the squared relative distance
     * of a chapter's length from the target: a turn is worth a chapter about half the target off.
     */
    private static final double PLAIN_BREAK_COST = 0.3;
    private static final String[] NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven",
        "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen",
        "Seventeen", "Eighteen", "Nineteen", "Twenty"};

    private ChapterSplitter() {
    }

    /** "Chapter One", or with {@code word} "Part One". */
    static String title(String word, int number) {
        if (number <= NUMBER_WORDS.length) {
            return word + " " + NUMBER_WORDS[number - 1];
        }
        String words = NumberWords.cardinal(number);
        return word + " " + Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String title(int number) {
        return title("Chapter", number);
    }

    /**
     * The default target: two fifths of a short story (2 or 3 chapters, with room to reach a
     * turn), at most 4,000 words for a novel (chapters of 2,000 to 6,000 words), and never below
     * 150 words.
     */
    static int defaultTarget(int totalWords) {
        return Math.max(150, Math.min(4000, totalWords * 2 / 5));
    }

    /**
     * The movements of a short tale: where it turns from how things were to one particular
     * occasion ("One day, a storm rolled in.") or leaps ahead in time ("Over the next few weeks",
     * "Years later"), provided every part keeps at least {@code minWords}. Empty when it has none.
     */
    static List<List<Paragraph>> movements(List<Paragraph> paragraphs, int minWords) {
        int total = paragraphs.stream().mapToInt(Paragraph::wordCount).sum();
        List<Integer> cuts = new ArrayList<>();
        int since = 0;
        int seen = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0 && since >= minWords && total - seen >= minWords && isMovement(paragraphs.get(i))) {
                cuts.add(i);
                since = 0;
            }
            since += paragraphs.get(i).wordCount();
            seen += paragraphs.get(i).wordCount();
        }
        List<List<Paragraph>> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(List.copyOf(paragraphs.subList(from, cut)));
            from = cut;
        }
        if (!cuts.isEmpty()) {
            parts.add(List.copyOf(paragraphs.subList(from, paragraphs.size())));
        }
        return parts;
    }

    private static boolean isMovement(Paragraph paragraph) {
        return !paragraph.sentences().isEmpty() && MOVEMENT.matcher(paragraph.sentences().get(0)).find();
    }

    /**
     * A paragraph longer than the target (a text with no paragraph breaks at all) is cut at
     * sentence boundaries into pieces of about a quarter of the target, so chapters can end
     * between them; each piece keeps its sentences as written.
     */
    static List<Paragraph> breakLong(List<Paragraph> paragraphs, int target) {
        List<Paragraph> out = new ArrayList<>();
        int piece = Math.max(50, target / 4);
        for (Paragraph p : paragraphs) {
            if (p.wordCount() <= target || p.sentences().size() < 2) {
                out.add(p);
                continue;
            }
            List<String> sentences = new ArrayList<>();
            int words = 0;
            boolean first = true;
            for (String sentence : p.sentences()) {
                sentences.add(sentence);
                words += Words.count(sentence);
                if (words >= piece) {
                    out.add(new Paragraph(sentences, first ? p.cues() : List.of(), first && p.opensScene()));
                    sentences = new ArrayList<>();
                    words = 0;
                    first = false;
                }
            }
            if (!sentences.isEmpty()) {
                out.add(new Paragraph(sentences, first ? p.cues() : List.of(), first && p.opensScene()));
            }
        }
        return out;
    }

    static List<List<Paragraph>> split(List<Paragraph> unbroken, int target) {
        List<Paragraph> paragraphs = breakLong(unbroken, target);
        int n = paragraphs.size();
        int[] words = new int[n + 1];
        for (int i = 0; i < n; i++) {
            words[i + 1] = words[i] + paragraphs.get(i).wordCount();
        }
        if (n < 2 || words[n] < target * 3 / 2) {
            return List.of(List.copyOf(paragraphs));
        }
        int[] from = plan(paragraphs, words, target, true);
        if (from == null) {
            from = plan(paragraphs, words, target, false);
        }
        List<List<Paragraph>> chapters = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            chapters.add(0, List.copyOf(paragraphs.subList(from[end], end)));
        }
        return chapters;
    }

    /** For every boundary the best previous one; null when no split keeps within the bounds. */
    private static int[] plan(List<Paragraph> paragraphs, int[] words, int target, boolean bounded) {
        int n = paragraphs.size();
        double[] cost = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
        cost[0] = 0;
        int low = bounded ? target / 2 : 0;
        int high = bounded ? target * 3 / 2 : target * 3;
        for (int end = 1; end <= n; end++) {
            double breakCost = end < n && !isTurn(paragraphs.get(end)) ? PLAIN_BREAK_COST : 0;
            for (int start = end - 1; start >= 0; start--) {
                int length = words[end] - words[start];
                if (length > high && (bounded || start < end - 1)) {
                    break;
                }
                if (length < low || cost[start] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double deviation = (length - target) / (double) target;
                double total = cost[start] + deviation * deviation + breakCost;
                if (total < cost[end]) {
                    cost[end] = total;
                    from[end] = start;
                }
            }
        }
        return cost[n] == Double.POSITIVE_INFINITY ? null : from;
    }

    static boolean isTurn(Paragraph paragraph) {
        return !paragraph.sentences().isEmpty() && TURN.matcher(paragraph.sentences().get(0)).find();
    }
}
