package audiobook.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes Project Gutenberg's header and footer: everything up to the "*** START OF THE PROJECT
 * GUTENBERG EBOOK ... ***" line (or the older "*END*THE SMALL PRINT!" line) and from the "*** END
 * OF ..." line (or "End of the Project Gutenberg EBook of ...") on, and a "Produced by ..." credit
 * at the top of the book. A text without these markers is returned unchanged. The header's
 * catalogue lines ({@code Title:}, {@code Author:}, {@code Language:}, a value going on over
 * indented lines) name the book; an older header without them names it in its first line ("The
 * Project Gutenberg Etext of The Gift of the Magi, by O. Henry").
 */
final class GutenbergFrame {

    /** The book's text inside the frame, and what the header says of it (null where it says nothing). */
    record Frame(String body, String title, String author, String language) {
    }

    /** A catalogue line, and the indented lines that go on with its value ("Title: Robinson Crusoe" / "       Of York, Mariner"). */
    private static final Pattern FIELD = Pattern.compile("(?m)^(Title|Author|Language):[ \\t]*(\\S.*(?:\\r?\\n[ \\t]+\\S.*)*)$");
    /** The first line of an older header: "The Project Gutenberg Etext of The Gift of the Magi, by O. Henry". */
    private static final Pattern FIRST_LINE = Pattern.compile(
            "(?i)^[\\s*]*(?:the )?project gutenberg(?:'s|\u2019s| e-?book of| e-?text of)\\s+(.+?),\\s+by\\s+([^*\\n]+?)[\\s*]*$");
    private static final java.util.Map<String, String> LANGUAGES = java.util.Map.of("english", "en",
            "french", "fr", "german", "de", "spanish", "es", "italian", "it", "dutch", "nl", "portuguese", "pt",
            "latin", "la", "finnish", "fi", "swedish", "sv");

    static Frame read(String text) {
        String body = strip(text);
        Matcher start = START.matcher(text);
        int header = body.length() < text.length() && start.find() ? start.start() : -1;
        String title = null;
        String author = null;
        String language = null;
        if (header > 0) {
            Matcher field = FIELD.matcher(text.substring(0, header));
            while (field.find()) {
                String value = joinLines(field.group(2).strip().split("\\s*\\n\\s*"));
                switch (field.group(1)) {
                    case "Title" -> title = title == null ? value : title;
                    case "Author" -> author = author == null ? value : author;
                    default -> language = language == null
                            ? LANGUAGES.get(value.toLowerCase(java.util.Locale.ROOT)) : language;
                }
            }
        }
        if (header > 0 && (title == null || author == null)) {
            BookInfo named = named(text.substring(0, header).strip().lines().findFirst().orElse(""));
            if (named != null) {
                title = title == null ? named.title() : title;
                author = author == null ? named.author() : author;
            }
        }
        return new Frame(body, title, author, language);
    }

    /**
     * The book a Gutenberg caption names ("The Project Gutenberg Etext of The Gift of the Magi, by
     * O. Henry"; also an EPUB's title made from such a page), or null for any other line.
     */
    static BookInfo named(String line) {
        Matcher m = FIRST_LINE.matcher(line);
        return m.matches() ? new BookInfo(m.group(1).strip(), m.group(2).strip(), null, null) : null;
    }

    private static final Pattern START = Pattern.compile(
            "(?im)^[ \\t]*(?:\\*{3}[ \\t]*START OF (?:THE|THIS) PROJECT GUTENBERG\\b.*"
                    + "|\\*END\\*THE SMALL PRINT!.*)$");
    private static final Pattern END = Pattern.compile(
            "(?im)^[ \\t]*(?:\\*{3}[ \\t]*END OF (?:THE|THIS) PROJECT GUTENBERG\\b.*"
                    + "|End of (?:the )?Project Gutenberg(?:'s|\u2019s)?\\b.*)$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?is)^\\s*(?:Produced by|E-?text prepared by|Transcribed (?:from|by)|This e-?text was)\\b.*?(?:\\n[ \\t]*\\n|$)");

    private GutenbergFrame() {
    }

    /** A value over several lines: a subtitle after a colon, an alternative title after a semicolon ("; or, ..."). */
    private static String joinLines(String[] lines) {
        StringBuilder value = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String sep = value.toString().matches(".*[;:,]$") ? " " : lines[i].matches("(?i)or\\b.*") ? "; " : ": ";
            value.append(sep).append(lines[i]);
        }
        return value.toString();
    }

    static String strip(String text) {
        if (!text.contains("GUTENBERG") && !text.contains("Gutenberg") && !text.contains("SMALL PRINT")) {
            return text;
        }
        String s = text;
        Matcher start = START.matcher(s);
        int from = -1;
        while (start.find()) {
            if (start.start() > s.length() / 2) {
                break;
            }
            from = start.end();
        }
        if (from >= 0) {
            s = s.substring(from);
            Matcher credit = CREDIT.matcher(s);
            if (credit.lookingAt()) {
                s = s.substring(credit.end());
            }
        }
        Matcher end = END.matcher(s);
        if (end.find()) {
            s = s.substring(0, end.start());
        }
        return s;
    }
}
