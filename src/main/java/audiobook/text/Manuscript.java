package audiobook.text;

import java.util.List;

/**
 * A story as read from its file: the front matter (a note about the story, not narrated by
 * default), the chapters in order, and warnings the reader raised (for example a text that
 * ends mid-sentence).
 */
public record Manuscript(String frontMatter, List<Chapter> chapters, List<String> warnings) {

    public Manuscript {
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    public int wordCount() {
        return chapters.stream().mapToInt(Chapter::wordCount).sum();
    }
}
