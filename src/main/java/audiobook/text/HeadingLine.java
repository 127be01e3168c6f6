package audiobook.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of heading a single line could be, judged on the line alone; {@link HeadingFinder}
 * then decides from the whole text which candidates really are headings.
 *
 * @param style  how the heading is written
 * @param family headings of one family form a series (all "chapter" lines, all numbered lines)
 * @param number the heading's number (for numbered lines), else 0
 * @param titled whether the line holds a title besides its number ("Chapter I. Into the Primitive")
 */
record HeadingLine(Style style, String family, int number, boolean titled) {

    enum Style { MARKDOWN, KEYWORD, NUMBERED, CAPS, CENTRED }

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|the\\s+\\p{L}+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last";
    private static final Pattern MARKDOWN = Pattern.compile("^\\s{0,3}(#{1,6})\\s+\\S.*$");
    private static final Pattern KEYWORD = Pattern.compile("^\\s*(?i:(chapter|book|part|stave|canto|letter|volume)"
            + "\\s+(\\d{1,4}|[ivxlcdm]+|(?:" + NUMBER_WORDS + ")(?:[\\s-]+(?:" + NUMBER_WORDS + "))?)\\b"
            + "|(prologue|epilogue|preface|introduction|foreword|afterword|interlude|conclusion|postscript)\\b)"
            + "\\s*[.:]?\\s*(?:-{2,}|[\u2014\u2013-])?\\s*(.*)$");
    /** "one" to "ninety-nine" and "first" to "ninety-ninth", as numbers. */
    private static final java.util.Map<String, Integer> WORD_NUMBERS = new java.util.HashMap<>();

    static {
        for (int n = 1; n < 100; n++) {
            WORD_NUMBERS.put(NumberWords.cardinal(n), n);
            WORD_NUMBERS.put(NumberWords.ordinal(n), n);
        }
    }

    /** A number in words alone on its line ("ONE", "Twenty-One."), perhaps with a title after it. */
    private static final Pattern WORD_NUMBERED = Pattern.compile("^\\s*(\\p{L}+(?:[\\s-]\\p{L}+)?)(?:\\.?\\s*|[.:]\\s+(\\S.*))$");
    /** The ordinal first: "The First Chapter", "SECOND BOOK.--The Flight". */
    private static final Pattern ORDINAL_KEYWORD = Pattern.compile("^\\s*(?i:the\\s+)?(\\p{L}+(?:-\\p{L}+)?)\\s+"
            + "(?i:(chapter|book|part|stave|canto|letter|volume))\\b\\s*[.:]?\\s*(?:-{2,}|[\u2014\u2013-])?\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*([IVXLC]+|\\d{1,3})(?:\\.?\\s*|[.:]\\s+(\\S.*))$");
    private static final int MAX_WORDS = 12;
    /** "CHAPTER 56. Of the Less Erroneous Pictures of Whales, and the True Pictures of Whaling Scenes." */
    private static final int MAX_KEYWORD_TITLE_WORDS = 20;
    private static final int CENTRED_INDENT = 10;

    static HeadingLine of(String line, int gapBefore) {
        String text = Words.fold(line);
        int words = Words.count(text);
        if (text.isEmpty() || words > MAX_KEYWORD_TITLE_WORDS + 4) {
            return null;
        }
        Matcher markdown = MARKDOWN.matcher(line);
        if (markdown.matches()) {
            return new HeadingLine(Style.MARKDOWN, "#" + markdown.group(1).length(), 0, true);
        }
        Matcher keyword = KEYWORD.matcher(text);
        if (keyword.matches() && Character.isUpperCase(text.charAt(0))
                && isTitle(keyword.group(4), false, MAX_KEYWORD_TITLE_WORDS)) {
            String family = (keyword.group(1) != null ? keyword.group(1) : keyword.group(3)).toLowerCase(Locale.ROOT);
            return new HeadingLine(Style.KEYWORD, family, numberOf(keyword.group(2)), !keyword.group(4).isEmpty());
        }
        Matcher ordinalFirst = ORDINAL_KEYWORD.matcher(text);
        if (ordinalFirst.matches() && Character.isUpperCase(text.charAt(0)) && wordValue(ordinalFirst.group(1)) > 0
                && !isCardinal(ordinalFirst.group(1)) && isTitle(ordinalFirst.group(3), false, MAX_KEYWORD_TITLE_WORDS)) {
            return new HeadingLine(Style.KEYWORD, ordinalFirst.group(2).toLowerCase(Locale.ROOT),
                    wordValue(ordinalFirst.group(1)), !ordinalFirst.group(3).isEmpty());
        }
        if (words > MAX_WORDS) {
            return null;
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            String n = numbered.group(1);
            int value = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : RomanNumerals.value(n);
            String title = numbered.group(2) == null ? "" : numbered.group(2);
            if (value > 0 && isTitle(title, false)) {
                String family = (Character.isDigit(n.charAt(0)) ? "arabic" : "roman") + (title.isEmpty() ? "" : " titled");
                return new HeadingLine(Style.NUMBERED, family, value, !title.isEmpty());
            }
            return null;
        }
        Matcher wordNumbered = WORD_NUMBERED.matcher(text);
        if (wordNumbered.matches() && Character.isUpperCase(text.charAt(0)) && isCardinal(wordNumbered.group(1))) {
            String title = wordNumbered.group(2) == null ? "" : wordNumbered.group(2);
            if (isTitle(title, false)) {
                return new HeadingLine(Style.NUMBERED, "words" + (title.isEmpty() ? "" : " titled"),
                        wordValue(wordNumbered.group(1)), !title.isEmpty());
            }
        }
        if (isCaps(text) && (Words.count(text) >= 2 || gapBefore >= 2)) {
            return new HeadingLine(Style.CAPS, "caps", 0, true);
        }
        if (indent(line) >= CENTRED_INDENT && isTitle(text, false)) {
            return new HeadingLine(Style.CENTRED, "centred", 0, true);
        }
        return null;
    }

    /** The number of "Chapter 3", "CHAPTER IV", "Part Two" or "Chapter the First"; 0 for other forms. */
    private static int numberOf(String numeral) {
        if (numeral == null) {
            return 0;
        }
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        int roman = RomanNumerals.value(numeral.toUpperCase(Locale.ROOT));
        return roman > 0 ? roman : wordValue(numeral.replaceFirst("(?i)^the\\s+", ""));
    }

    /** "Twenty-One", "twenty one", "Third" as numbers; 0 for any other word. */
    private static int wordValue(String words) {
        return WORD_NUMBERS.getOrDefault(words.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-"), 0);
    }

    /** A cardinal in words, not an ordinal: "ONE" heads a chapter, "First" alone does not. */
    private static boolean isCardinal(String words) {
        String w = words.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-");
        return WORD_NUMBERS.containsKey(w) && NumberWords.cardinal(WORD_NUMBERS.get(w)).equals(w);
    }

    /**
     * A short line that reads as a title, not a sentence: it starts with a capital or a digit and
     * does not end with a comma or colon; with {@code strict}, a mixed-case line ending in a full
     * stop is a sentence ("It rained."), not a title.
     */
    static boolean isTitle(String text, boolean strict) {
        return isTitle(text, strict, MAX_WORDS);
    }

    private static boolean isTitle(String text, boolean strict, int maxWords) {
        String t = text.strip();
        if (t.isEmpty()) {
            return !strict;
        }
        String start = t.replaceFirst("^[\"'\u201C\u2018(\\[_*]+", "");
        if (start.isEmpty() || !(Character.isUpperCase(start.codePointAt(0)) || Character.isDigit(start.charAt(0)))) {
            return false;
        }
        if (Words.count(t) > maxWords || t.matches(".*[,;:\u2014\u2013-]$")) {
            return false;
        }
        return !strict || isCaps(t) || !t.matches(".*[.!?\u2026][\"'\u201D\u2019)\\]_*]*$");
    }

    /** All its letters upper case, at least three of them, and not a shout ending in ! or ?. */
    static boolean isCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3 && !text.matches("^[\"'\u201C\u2018(\\[].*|.*[!?,;:]$");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
