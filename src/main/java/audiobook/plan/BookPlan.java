package audiobook.plan;

import java.util.List;

/** Everything the later stages need to render a book, decided before any audio exists. */
public record BookPlan(String title, String author, String slug, long seed, String frontMatter,
                       List<ChapterPlan> chapters, List<String> warnings) {

    public BookPlan {
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    public int segmentCount() {
        return chapters.stream().mapToInt(c -> c.segments().size()).sum();
    }
}
