package audiobook.text;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's pronunciation lexicon: a UTF-8 text file with one entry a line, {@code written =
 * spoken}, and {@code #} starting a comment line. Entries match whole words or phrases of the
 * text as written, ignoring case; where entries overlap, the longest wins. The spoken side is then
 * read like any other text (numbers in it are still said in words).
 */
public final class Lexicon {

    public static final Lexicon EMPTY = new Lexicon("", List.of());
    public static final String BESIDE_STORY = "lexicon.txt";

    private record Entry(String written, String spoken) {
    }

    private final String source;
    private final Map<Character, List<Entry>> byFirstChar = new HashMap<>();
    private final int size;
    private final String description;

    private Lexicon(String source, List<Entry> entries) {
        this.source = source;
        this.size = entries.size();
        this.description = "Lexicon" + entries.stream().map(e -> e.written + "=" + e.spoken).sorted().toList();
        for (Entry e : entries) {
            byFirstChar.computeIfAbsent(Character.toLowerCase(e.written.charAt(0)), c -> new ArrayList<>()).add(e);
        }
        byFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.written.length())));
    }

    /** The lexicon named by {@code --lexicon}, else {@code lexicon.txt} beside the story, else none. */
    public static Lexicon forStory(Path story, Path explicit) {
        if (explicit != null) {
            return load(explicit);
        }
        if (!StoryReader.isNamed(story)) {
            return EMPTY;   // standard input or a pipe: nothing is beside it
        }
        Path folder = story.toAbsolutePath().getParent();
        Path beside = folder == null ? null : folder.resolve(BESIDE_STORY);
        return beside != null && Files.isRegularFile(beside) ? load(beside) : EMPTY;
    }

    /** A lexicon is a list of names; a file this large is not one (and would not fit in memory as one). */
    static final long MAX_BYTES = 10L << 20;

    public static Lexicon load(Path file) {
        String problem = audiobook.io.Disk.unreadable(file, MAX_BYTES);
        if ("does not exist".equals(problem)) {
            throw AudiobookException.input(file + ": no such lexicon file");
        }
        if (problem != null) {
            throw AudiobookException.input(file + ": " + problem + "; a lexicon is a text file of 'written = spoken' lines");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such lexicon file");
        } catch (IOException e) {
            throw AudiobookException.input(file + ": the lexicon cannot be read (" + audiobook.io.Disk.reason(e) + ")");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return parse(text, file.toString());
        } catch (CharacterCodingException e) {
            throw AudiobookException.input(file + ": the lexicon is not UTF-8 text; save it as UTF-8");
        }
    }

    public static Lexicon parse(String text, String source) {
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + ":" + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq < 0 || line.indexOf('=', eq + 1) >= 0) {
                throw AudiobookException.input(where + "expected one 'written = spoken' entry, found '" + line + "'");
            }
            String written = Typography.quotes(line.substring(0, eq)).strip().replaceAll("\\s+", " ");
            String spoken = line.substring(eq + 1).strip();
            if (written.isEmpty() || spoken.isEmpty()) {
                throw AudiobookException.input(where + (written.isEmpty() ? "nothing before '='" : "nothing after '='")
                        + " in '" + line + "'");
            }
            Integer first = lineOf.putIfAbsent(written.toLowerCase(Locale.ROOT), i + 1);
            if (first != null) {
                throw AudiobookException.input(where + "'" + written + "' is already given on line " + first);
            }
            entries.add(new Entry(written, spoken));
        }
        return new Lexicon(source, entries);
    }

    public int size() {
        return size;
    }

    /** Where the entries came from (a file name), empty for no lexicon. */
    public String source() {
        return source;
    }

    /** The entries, in a stable order: build fingerprints print settings with toString. */
    @Override
    public String toString() {
        return description;
    }

    String apply(String text) {
        if (size == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            Entry match = matchAt(text, i);
            if (match != null) {
                out.append(match.spoken);
                i += match.written.length();
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private Entry matchAt(String text, int at) {
        List<Entry> candidates = byFirstChar.get(Character.toLowerCase(text.charAt(at)));
        if (candidates == null || at > 0 && isWordChar(text.charAt(at - 1)) && isWordChar(text.charAt(at))) {
            return null;
        }
        for (Entry e : candidates) {
            int end = at + e.written.length();
            if (text.regionMatches(true, at, e.written, 0, e.written.length())
                    && (end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1)))) {
                return e;
            }
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
