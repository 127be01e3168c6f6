package audiobook.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a segment's caption into cues a viewer can read: at most {@value #MAX_LINES} lines of
 * {@link WebVttWriter#LINE_CHARS} characters and about {@value #MAX_MS} ms each (a 40-word
 * sentence was one 13-second cue of six lines). Cuts fall at clause boundaries (after a comma,
 * semicolon, colon or dash), the one nearest the middle first, else between the words nearest
 * it; each piece is timed by its share of the segment's characters, which is how the speech
 * runs. No word is lost or moved: the cues, joined, are the caption's text.
 */
final class CaptionCues {

    static final int MAX_LINES = 2;
    static final long MAX_MS = 7000;
    /** A cue is not cut into pieces of fewer words than this just to be short in time. */
    private static final int MIN_WORDS = 4;
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:\\u2014\\u2013](?=\\s)|\\s[-\\u2013\\u2014]{1,2}(?=\\s)");

    private CaptionCues() {
    }

    static List<Caption> split(Caption caption) {
        List<Caption> cues = new ArrayList<>();
        split(caption.text().strip().replaceAll("\\s+", " "), caption.startMs(), caption.endMs(), cues);
        return cues;
    }

    private static void split(String text, long start, long end, List<Caption> cues) {
        int words = text.isEmpty() ? 0 : text.split(" ").length;
        boolean tooLong = WebVttWriter.wrap(text, WebVttWriter.LINE_CHARS).size() > MAX_LINES;
        boolean tooSlow = end - start > MAX_MS && words >= 2 * MIN_WORDS;
        int cut = tooLong || tooSlow ? cutPoint(text) : -1;
        if (cut <= 0 || cut >= text.length() || end - start < 2) {
            cues.add(new Caption(start, end, text));
            return;
        }
        String first = text.substring(0, cut).strip();
        String rest = text.substring(cut).strip();
        long at = start + Math.round((end - start) * (double) first.length() / (first.length() + rest.length()));
        at = Math.max(start + 1, Math.min(end - 1, at));
        split(first, start, at, cues);
        split(rest, at, end, cues);
    }

    /** Where to cut: after the clause boundary nearest the middle, else at the space nearest it. */
    private static int cutPoint(String text) {
        int middle = text.length() / 2;
        int best = -1;
        Matcher m = CLAUSE_END.matcher(text);
        while (m.find()) {
            int after = m.end();
            // Not so near an end that a piece is a word or two.
            if (after < text.length() / 5 || after > text.length() * 4 / 5) {
                continue;
            }
            if (best < 0 || Math.abs(after - middle) < Math.abs(best - middle)) {
                best = after;
            }
        }
        if (best > 0) {
            return best;
        }
        int left = text.lastIndexOf(' ', middle);
        int right = text.indexOf(' ', middle);
        if (left <= 0) {
            return right;
        }
        if (right < 0) {
            return left;
        }
        return middle - left <= right - middle ? left : right;
    }
}
