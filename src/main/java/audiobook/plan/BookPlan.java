package audiobook.plan;

import java.util.List;

/**
 * Everything the later stages need to render a book, decided before any audio exists.
 *
 * @param cast who speaks: the characters found, their lines and voices
 */
public record BookPlan(String title, String author, String slug, long seed, String frontMatter,
                       List<ChapterPlan> chapters, List<String> warnings, Credits credits,
                       CastSummary cast) {

    public BookPlan {
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
        credits = credits == null ? Credits.NONE : credits;
        cast = cast == null ? CastSummary.NONE : cast;
    }

    public BookPlan(String title, String author, String slug, long seed, String frontMatter,
                    List<ChapterPlan> chapters, List<String> warnings) {
        this(title, author, slug, seed, frontMatter, chapters, warnings, Credits.NONE);
    }

    /** Before speakers are found. */
    public BookPlan(String title, String author, String slug, long seed, String frontMatter,
                    List<ChapterPlan> chapters, List<String> warnings, Credits credits) {
        this(title, author, slug, seed, frontMatter, chapters, warnings, credits, CastSummary.NONE);
    }

    /** What a segment of the plan is: the credits, a chapter's title, or its text. */
    public enum SegmentKind { CREDITS, TITLE, TEXT }

    public SegmentKind kindOf(ChapterPlan chapter, Segment segment) {
        if (isCredits(chapter, segment)) {
            return SegmentKind.CREDITS;
        }
        boolean afterCredits = chapter.segments().size() > 1 && isCredits(chapter, chapter.segments().get(0));
        return segment.index() == (afterCredits ? 1 : 0) ? SegmentKind.TITLE : SegmentKind.TEXT;
    }

    /** Whether the segment is the opening or closing credits rather than the chapter's own text. */
    public boolean isCredits(ChapterPlan chapter, Segment segment) {
        boolean first = chapter.number() == chapters.get(0).number() && segment.index() == 0;
        boolean last = chapter.number() == chapters.get(chapters.size() - 1).number()
                && segment.index() == chapter.segments().size() - 1;
        return first && !credits.opening().isEmpty() && segment.text().equals(credits.opening())
                || last && !credits.closing().isEmpty() && segment.text().equals(credits.closing());
    }

    /** Words of the chapter's own text as written: not its title, not the credits. */
    public int wordCount(ChapterPlan chapter) {
        return chapter.segments().stream().filter(s -> kindOf(chapter, s) == SegmentKind.TEXT)
                .mapToInt(s -> audiobook.text.Words.count(s.text())).sum();
    }

    public int segmentCount() {
        return chapters.stream().mapToInt(c -> c.segments().size()).sum();
    }
}
