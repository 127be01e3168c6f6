package audiobook.text;

import java.util.List;

/**
 * A paragraph as its sentences, each exactly as written. Joined with single spaces they give the
 * paragraph's text with its white space folded: no word is dropped or added. {@code cues} are
 * the inline scene cues (such as {@code storm 0.8}) written on their own lines just before it;
 * {@code opensScene} is true after a scene break inside a chapter; {@code epigraph} marks a
 * quotation at the head of the book or a chapter, which the narrator reads.
 */
public record Paragraph(List<String> sentences, List<String> cues, boolean opensScene, boolean epigraph) {

    public Paragraph {
        sentences = List.copyOf(sentences);
        cues = List.copyOf(cues);
    }

    public Paragraph(List<String> sentences, List<String> cues, boolean opensScene) {
        this(sentences, cues, opensScene, false);
    }

    public Paragraph(List<String> sentences, List<String> cues) {
        this(sentences, cues, false);
    }

    public Paragraph(List<String> sentences) {
        this(sentences, List.of(), false);
    }

    public String text() {
        return String.join(" ", sentences);
    }

    public int wordCount() {
        return sentences.stream().mapToInt(Words::count).sum();
    }
}
