package audiobook.text;

import java.util.List;

/** A chapter: its title (from a heading, or given by the reader) and its paragraphs. */
public record Chapter(String title, List<Paragraph> paragraphs) {

    public Chapter {
        paragraphs = List.copyOf(paragraphs);
    }

    public int wordCount() {
        return paragraphs.stream().mapToInt(Paragraph::wordCount).sum();
    }
}
