package audiobook.plan;

import java.util.List;

/** One chapter: its number (from 1), title, and segments in reading order, the title first. */
public record ChapterPlan(int number, String title, List<Segment> segments) {

    public ChapterPlan {
        segments = List.copyOf(segments);
    }

    /** The seeds of this chapter's random sources: {@code chapter/N} in the book's seed tree. */
    public SeedTree seeds(long bookSeed) {
        return SeedTree.root(bookSeed).child("chapter/" + number);
    }
}
