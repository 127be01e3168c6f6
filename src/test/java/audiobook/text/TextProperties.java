package audiobook.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of adversarial text for the property tests of the text and plan stages. */
public final class TextProperties {

    /** Pieces that look like structure, markup, numbers, quotes, other scripts and invisible characters. */
    private static final List<String> FRAGMENTS = List.of(
            "Chapter 1", "CHAPTER IV.", "Chapter I. Into the Primitive", "# Title", "## Part", "II", "I", "3.",
            "* * *", "***", "---", "===", "[storm 0.8]", "[calm]", "[Illustration]", "[Illustration:", "]",
            "\u201CRun!\u201D", "she said.", "\u2018Stop,\u2019", "\"", "'", "\u2019tis", "Mr.", "Dr. Watson", "St.",
            "e.g.", "3.5", "$3.50", "\u00A35", "1897", "1980-1986", "8 P.M.", "12:30", "007", "No. 5", "12/25/2023",
            "2\u00BD", "50%", "5 km", "1st", "1980s", "George III", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69",
            "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u4E2D\u6587", "\u202E", "\u200B", "\u0007",
            "\u0000", "\u00AD", "\uFEFF", "\u2028", "\u2029", "\u0085", "caf\u00E9", "\u00E6ther", "_italic_", "*bold*",
            "(*1)", "[2]", "\u2014", "--", "\u2026", "   centred words", "THE END", "Contents", "the", "wind", "rose.",
            "*** START OF THE PROJECT GUTENBERG EBOOK X ***", "*** END OF THE PROJECT GUTENBERG EBOOK X ***",
            "\t", "\r\n", "\\", "<b>", "&amp;", "\uFFFD", "\uDBFF\uDFFF");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "\n", "\n\n", "\n\n\n", "");

    private TextProperties() {
    }

    /** Random Unicode, or fragments of structure joined by spaces and line breaks. */
    public static Arbitrary<String> anyText() {
        Arbitrary<String> piece = Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.of(SEPARATORS))
                .as((fragment, separator) -> fragment + separator);
        Arbitrary<String> structured = piece.list().ofMaxSize(80).map(pieces -> String.join("", pieces));
        return Arbitraries.oneOf(structured, structured, Arbitraries.strings().all().ofMaxLength(400));
    }

    /**
     * Prose: paragraphs of at least a dozen words that start in lower case and end with a full
     * stop, so that none can be a heading; the words are tricky in every other way.
     */
    public static Arbitrary<String> prose() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("the", "storm", "\u201CRun!\u201D", "she", "said,", "Mr.", "Dr.", "St.", "e.g.", "3.5",
                        "$3.50", "1897", "8", "P.M.", "I", "II", "\u2014", "\u2026", "caf\u00E9", "\uD83D\uDE00",
                        "\u05E9\u05DC\u05D5\u05DD", "_so_", "(*1)", "don\u2019t", "\u2018tis", "CHAPTER", "#", "***"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)
                        .filter(s -> s.chars().noneMatch(c -> c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029
                                || c == 0x85 || c == 0x0B || c == 0x0C)));
        Arbitrary<String> paragraph = word.list().ofMinSize(12).ofMaxSize(60)
                .map(words -> "and " + String.join(" ", words) + " end.");
        return paragraph.list().ofMinSize(1).ofMaxSize(12).map(ps -> String.join("\n\n", ps) + "\n");
    }
}
