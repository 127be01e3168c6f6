package audiobook.text;

import java.util.List;

/**
 * A story as read from its file: what the book says about itself ({@link BookInfo}), the front
 * matter (a note about the story, not narrated by default), the chapters in order, and warnings the
 * reader raised (for example a text that ends mid-sentence).
 */
public record Manuscript(BookInfo info, String frontMatter, List<Chapter> chapters, List<String> warnings) {

    public Manuscript {
        info = info == null ? BookInfo.UNKNOWN : info;
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    public Manuscript(String frontMatter, List<Chapter> chapters, List<String> warnings) {
        this(BookInfo.UNKNOWN, frontMatter, chapters, warnings);
    }

    public int wordCount() {
        return chapters.stream().mapToInt(Chapter::wordCount).sum();
    }
}
