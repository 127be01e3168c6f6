package audiobook.plan;

import audiobook.text.Words;

/**
 * Estimates how long a plan takes to read aloud: the spoken words (numbers already in words) at a
 * rate in words per minute, plus every pause; not the silence a chapter file adds at its head and
 * tail. FreeTTS's kevin16 at its nominal 150 words a minute speaks narrative text a little faster
 * than that ({@link #FREETTS_PACE}, measured on the seed story: 254 s of speech for 716 spoken
 * words, where 150 words a minute would take 286 s), so the estimate is scaled to match.
 */
public final class ReadingTime {

    /** The default narration rate (FreeTTS kevin16's own). */
    public static final double DEFAULT_WPM = 150;
    /** Measured seconds of FreeTTS speech over nominal seconds at the set rate. */
    static final double FREETTS_PACE = 0.89;

    private ReadingTime() {
    }

    public static double seconds(ChapterPlan chapter, double wordsPerMinute) {
        double seconds = 0;
        for (Segment s : chapter.segments()) {
            seconds += Words.count(s.spoken()) * 60.0 / wordsPerMinute * FREETTS_PACE + s.pauseMs() / 1000.0;
        }
        return seconds;
    }

    public static double seconds(BookPlan plan, double wordsPerMinute) {
        return plan.chapters().stream().mapToDouble(c -> seconds(c, wordsPerMinute)).sum();
    }
}
