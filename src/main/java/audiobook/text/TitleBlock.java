package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title page at the head of a text: the title (with its subtitle: "Frankenstein;" then "or,
 * the Modern Prometheus"), then a by-line ("by Jack London", "BY JOSEPH CONRAD"), then perhaps an
 * edition or an illustrator, each on short lines before the story's first prose or heading. Only a
 * page with a by-line is taken here: a lone opening title line could just as well be the first of
 * a run of all-caps chapter headings, which {@link HeadingFinder} decides from the whole text.
 */
final class TitleBlock {

    /** What the title page says, its lines as written (not narrated), and the blocks after it. */
    record Found(String title, String author, List<String> lines, List<Block> rest) {
        static Found none(List<Block> blocks) {
            return new Found(null, null, List.of(), blocks);
        }
    }

    private static final Pattern BY_LINE = Pattern.compile("^(?i:by)\\s+(\\p{Lu}[\\p{L}.'\u2019 ()-]*?)[,.]?$");
    private static final Pattern LONE_BY = Pattern.compile("(?i)by");
    private static final Pattern LONE_OR = Pattern.compile("(?i)or[,:;]?");
    private static final Pattern VOLUMES = Pattern.compile(
            "(?i)in (?:two|three|four|five|six|\\d+) volumes\\.?|vol(?:ume|\\.)?\\s*(?:[ivx]+|\\d+|one|two|three)\\.?");
    /** A subtitle given as an alternative title: "or, the Modern Prometheus". */
    private static final Pattern ALTERNATIVE = Pattern.compile("^((?i:or)[,:]?\\s+)?(.*)$");
    /** A title line that goes on from the line before: it opens with a preposition or a conjunction. */
    private static final Pattern PHRASE_START = Pattern.compile("^(?i:in|of|with|and|for|from|to|being)\\b");
    private static final Pattern BEING = Pattern.compile("^(?i:being)\\b");
    /** A title line that the next goes on from: it ends with a word that needs one after it. */
    private static final Pattern OPEN_END = Pattern.compile("\\b(?i:being|of|and|the|a|an|in|with|to|for|from)$");
    private static final Pattern SMALL_FIRST = Pattern.compile("^(?i:(a|an|the|in|of|with|and|for|from|to|being))\\b");
    private static final int MAX_LINE_WORDS = 12;
    private static final int MAX_BLOCKS = 6;

    private TitleBlock() {
    }

    static Found find(List<Block> blocks) {
        int start = 0;
        while (start < blocks.size() && blocks.get(start).kind() == Block.Kind.CUE) {
            start++;
        }
        List<String> lines = new ArrayList<>();
        int end = start;
        int byLine = -1;
        while (end < blocks.size() && end - start < MAX_BLOCKS && isTitlePage(blocks.get(end))) {
            for (String line : blocks.get(end).lines()) {
                String text = Words.fold(line);
                if (!lines.isEmpty() && LONE_BY.matcher(lines.get(lines.size() - 1)).matches()) {
                    text = lines.remove(lines.size() - 1) + " " + text; // "by" on a line of its own, the name below
                }
                if (byLine < 0 && BY_LINE.matcher(text).matches()) {
                    byLine = lines.size();
                }
                lines.add(text);
            }
            end++;
            if (byLine >= 0 && !(end < blocks.size() && isEditionLine(blocks.get(end)))) {
                break;
            }
        }
        if (byLine <= 0) {
            return Found.none(blocks);
        }
        Matcher author = BY_LINE.matcher(lines.get(byLine));
        author.matches();
        List<Block> rest = new ArrayList<>(blocks.subList(0, start));
        rest.addAll(blocks.subList(end, blocks.size()));
        return new Found(title(lines.subList(0, byLine)), name(author.group(1)), lines, rest);
    }

    /** The author a by-line names ("by Jack London", "BY JOSEPH CONRAD"), or null for any other line. */
    static String author(String line) {
        Matcher m = BY_LINE.matcher(Words.fold(line));
        return m.matches() ? name(m.group(1)) : null;
    }

        /** Short lines that read as titles, none a chapter heading: not a sentence, not prose. */
    private static boolean isTitlePage(Block b) {
        if (b.kind() != Block.Kind.TEXT || b.lines().size() > 4) {
            return false;
        }
        for (String line : b.lines()) {
            String text = Words.fold(line).replaceAll("[;:,]$", "");
            HeadingLine heading = HeadingLine.of(line, 2);
            boolean chapterHeading = heading != null && (heading.style() == HeadingLine.Style.KEYWORD
                    || heading.style() == HeadingLine.Style.NUMBERED || heading.style() == HeadingLine.Style.MARKDOWN);
            boolean titleLike = HeadingLine.isTitle(text, true) || HeadingLine.isCaps(text)
                    || text.matches("(?i)^or[,:]?\\s.*") || BY_LINE.matcher(text).matches() || LONE_BY.matcher(text).matches();
            if (chapterHeading || !titleLike || Words.count(text) > MAX_LINE_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** A line of the title page under the by-line: an edition, an illustrator, a translator. */
    private static boolean isEditionLine(Block b) {
        return isTitlePage(b) && b.text().matches("(?i).*\\b(edition|illustrat\\w*|translat\\w*|edited|with an introduction)\\b.*");
    }

    /**
     * The title lines as one title: a subtitle after a colon, or after "or,"; a line that goes on
     * from the one before ("IN PROSE", "BEING", "A Ghost Story of Christmas") joins it as a phrase:
     * "A Christmas Carol in Prose, being a Ghost Story of Christmas".
     */
    private static String title(List<String> lines) {
        StringBuilder title = new StringBuilder();
        boolean openEnded = false;
        String pendingOr = "";
        for (String line : lines) {
            if (VOLUMES.matcher(line).matches()) {
                continue; // "IN THREE VOLUMES", "VOL. I.": the edition, not the title
            }
            if (LONE_OR.matcher(line).matches()) {
                pendingOr = "or, "; // "OR" on a line of its own, the alternative title below
                continue;
            }
            Matcher or = ALTERNATIVE.matcher(pendingOr + line.replaceAll("[.;:,]+$", ""));
            pendingOr = "";
            or.matches();
            String text = titleCase(or.group(2));
            boolean being = BEING.matcher(text).find();
            boolean phrase = openEnded || PHRASE_START.matcher(text).find();   // "being" is one of its words
            if (title.length() > 0) {
                title.append(or.group(1) != null ? "; " : being ? ", " : phrase ? " " : ": ");
                if (phrase && or.group(1) == null) {
                    text = lowerFirstSmallWord(text);
                }
            }
            title.append(or.group(1) != null ? "or, " : "").append(text);
            openEnded = OPEN_END.matcher(text).find();
        }
        return title.toString();
    }

    /** "In Prose" as "in Prose", "A Ghost Story" as "a Ghost Story": a small word that no longer opens the title. */
    private static String lowerFirstSmallWord(String text) {
        Matcher m = SMALL_FIRST.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) + text.substring(m.end(1)) : text;
    }

    /** A name as it is printed in running text: "JOSEPH CONRAD" as "Joseph Conrad". */
    private static String name(String author) {
        return HeadingLine.isCaps(author) ? capitalise(author, false) : author.strip();
    }

    /** An all-caps title set in title case ("A DESCENT INTO THE MAELSTRÖM": "A Descent into the Maelström"). */
    static String titleCase(String title) {
        return HeadingLine.isCaps(title) ? capitalise(title, true) : title.strip();
    }

    private static String capitalise(String text, boolean smallWords) {
        String[] words = text.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            boolean small = smallWords && i > 0 && i < words.length - 1
                    && w.matches("a|an|and|the|of|in|into|on|to|or|at|by|for|from|with|nor|but|as");
            out.append(i > 0 ? " " : "").append(small || w.isEmpty() ? w : upperFirst(w));
        }
        return out.toString();
    }

    private static String upperFirst(String word) {
        StringBuilder w = new StringBuilder(word);
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                w.setCharAt(i, Character.toUpperCase(w.charAt(i)));
                break;
            }
        }
        // Hyphenated and apostrophised parts take capitals too: "Moby-Dick", "O'Brien".
        for (int i = 1; i < w.length() - 1; i++) {
            if ((w.charAt(i) == '-' || w.charAt(i) == '\'' && i == 1) && Character.isLetter(w.charAt(i + 1))) {
                w.setCharAt(i + 1, Character.toUpperCase(w.charAt(i + 1)));
            }
        }
        return w.toString();
    }
}
