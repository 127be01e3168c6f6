package audiobook.plan;

import java.util.List;

/** One chapter: its number (from 1), title, and segments in reading order, the title first. */
public record ChapterPlan(int number, String title, List<Segment> segments) {

    public ChapterPlan {
        segments = List.copyOf(segments);
    }

    /** The seed of this chapter's random sources, derived from the book's seed. */
    public long seed(long bookSeed) {
        return bookSeed * 0x9E3779B97F4A7C15L + number;
    }
}
