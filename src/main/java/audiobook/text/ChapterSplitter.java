package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a text that has no headings or scene breaks into chapters near a target length,
 * preferring to start a chapter at a natural turn: a paragraph that opens with a shift in time
 * ("One day", "That night", "Over the next few weeks").
 */
final class ChapterSplitter {

    private static final Pattern TURN = Pattern.compile(
            "^[\"'\u201C\u2018]?(?:One (?:day|night|morning|evening|afternoon|winter|summer)"
                    + "|That (?:night|day|morning|evening|afternoon|was the moment)"
                    + "|The (?:next|following) (?:day|morning|night|week|year|evening)"
                    + "|(?:Days|Weeks|Months|Years|Hours|Some time|Much) later"
                    + "|Over the (?:next|following|years|weeks|months)|Meanwhile|Later that"
                    + "|At (?:dawn|dusk|last)|By (?:dawn|nightfall|morning)|When (?:morning|night|dawn) came)\\b");
    private static final String[] NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven",
        "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen",
        "Seventeen", "Eighteen", "Nineteen", "Twenty"};

    private final int targetWords;

    ChapterSplitter(int targetWords) {
        this.targetWords = targetWords;
    }

    static String title(int number) {
        return "Chapter " + (number <= NUMBER_WORDS.length ? NUMBER_WORDS[number - 1] : Integer.toString(number));
    }

    /** The default target: about a third of a short story, at most 4,000 words for a novel. */
    static int defaultTarget(int totalWords) {
        return Math.max(150, Math.min(4000, totalWords / 3));
    }

    List<List<Paragraph>> split(List<Paragraph> paragraphs) {
        int total = paragraphs.stream().mapToInt(Paragraph::wordCount).sum();
        int target = targetWords > 0 ? targetWords : defaultTarget(total);
        List<List<Paragraph>> chapters = new ArrayList<>();
        int start = 0;
        int remaining = total;
        while (start < paragraphs.size()) {
            if (remaining < target * 3 / 2) {
                chapters.add(List.copyOf(paragraphs.subList(start, paragraphs.size())));
                break;
            }
            int end = bestEnd(paragraphs, start, target);
            List<Paragraph> chapter = List.copyOf(paragraphs.subList(start, end));
            chapters.add(chapter);
            remaining -= chapter.stream().mapToInt(Paragraph::wordCount).sum();
            start = end;
        }
        return chapters;
    }

    /** The paragraph index to end a chapter before: near the target, at a turn if one is near. */
    private static int bestEnd(List<Paragraph> paragraphs, int start, int target) {
        int words = 0;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int end = start + 1; end < paragraphs.size(); end++) {
            words += paragraphs.get(end - 1).wordCount();
            if (words > target * 7 / 4) {
                break;
            }
            if (words < target / 2) {
                continue;
            }
            double score = (isTurn(paragraphs.get(end)) ? 1.0 : 0.0) - 0.8 * Math.abs(words - target) / target;
            if (score > bestScore) {
                bestScore = score;
                best = end;
            }
        }
        return best > 0 ? best : Math.min(paragraphs.size(), start + Math.max(1, firstPast(paragraphs, start, target)));
    }

    private static int firstPast(List<Paragraph> paragraphs, int start, int target) {
        int words = 0;
        for (int i = start; i < paragraphs.size(); i++) {
            words += paragraphs.get(i).wordCount();
            if (words >= target) {
                return i - start + 1;
            }
        }
        return paragraphs.size() - start;
    }

    static boolean isTurn(Paragraph paragraph) {
        return !paragraph.sentences().isEmpty() && TURN.matcher(paragraph.sentences().get(0)).find();
    }
}
