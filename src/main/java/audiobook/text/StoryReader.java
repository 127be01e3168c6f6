package audiobook.text;

import audiobook.AudiobookException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a story file (plain text, Markdown or EPUB) and parses it; every problem names the file.
 * Text is read as strict UTF-8: a file that is not UTF-8 is refused with the line of the first bad
 * byte rather than guessed at, since a wrong guess would put wrong words in the narrator's mouth
 * without anyone noticing.
 */
public final class StoryReader {

    /** A text file has few control characters; a binary one has many. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /**
     * The largest story read: 50 MB of UTF-8 is some nine million words, three times the
     * longest novels, and what a build plans within a 256 MB heap. Larger files are refused
     * before they are read.
     */
    public static final long MAX_BYTES = 50L << 20;

    /** The story name that means standard input. */
    public static final String STDIN = "-";

    private static byte[] stdin;

    /** A document that opens as HTML, whatever its name: a doctype, an html or an XML declaration over one. */
    private static final java.util.regex.Pattern HTML_START = java.util.regex.Pattern.compile(
            "(?is)\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*(?:<!DOCTYPE\\s+html|<html\\b)");

    private StoryReader() {
    }

    /**
     * Reads a story by its kind: an EPUB ({@code .epub}, or any file that is an EPUB's zip archive)
     * with {@link EpubReader}, Markdown ({@code .md}, {@code .markdown}) with {@link MarkdownReader},
     * HTML ({@code .html}, {@code .htm}, {@code .xhtml}, or a text that opens as an HTML document)
     * with {@link HtmlReader}, anything else as plain text. The one place where the kind of input is decided.
     */
    public static Manuscript read(Path file, StoryParser parser) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".epub") || isEpub(file)) {
            return EpubReader.read(file, parser);
        }
        String text = decode(file);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MarkdownReader.read(text, name, parser);
        }
        if (lower.matches(".*\\.x?html?") || HTML_START.matcher(text).lookingAt()) {
            return HtmlReader.read(text, name, parser);
        }
        return parser.parse(text, name);
    }

    /** An EPUB by its content: a zip archive whose first entry is {@code mimetype}, saying so. */
    private static boolean isEpub(Path file) {
        byte[] head = new byte[58];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, head.length) < head.length) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        return head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                && new String(head, 30, 28, StandardCharsets.US_ASCII).equals("mimetypeapplication/epub+zip");
    }

    /**
     * Whether the story has a file name to take a title from: not standard input ({@code -})
     * and not a pipe such as {@code <(curl ...)}, whose name is a number like {@code 63}.
     */
    public static boolean isNamed(Path file) {
        return !file.toString().equals(STDIN) && Files.isRegularFile(file);
    }

    public static String decode(Path file) {
        return decode(file, file.toString().equals(STDIN) ? "standard input" : file.toString());
    }

    private static String decode(Path file, String name) {
        byte[] bytes = bytes(file, name);
        return decode(bytes, name);
    }

    /** The story's bytes: a file of any kind (also a pipe or a device) or standard input, at most {@link #MAX_BYTES}. */
    private static byte[] bytes(Path file, String name) {
        try {
            if (file.toString().equals(STDIN)) {
                if (System.console() != null) {
                    throw AudiobookException.input("STORY '-' reads the story from standard input, which is this terminal; "
                            + "pipe a story in, e.g. cat story.txt | audiobook build -");
                }
                synchronized (StoryReader.class) {
                    if (stdin == null) {
                        stdin = capped(System.in, name);
                    }
                    return stdin;
                }
            }
            if (Files.isDirectory(file)) {
                throw AudiobookException.input(file + ": is a folder, not a story file");
            }
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > MAX_BYTES) {
                    throw tooLarge(name, size);
                }
            } else if ("a device".equals(audiobook.io.Disk.notAFile(file)) || "a socket".equals(audiobook.io.Disk.notAFile(file))) {
                throw AudiobookException.input(file + ": is " + audiobook.io.Disk.notAFile(file) + ", not a story file");
            }
            try (java.io.InputStream in = Files.newInputStream(file)) {
                return capped(in, name);
            }
        } catch (NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such file");
        } catch (IOException e) {
            throw AudiobookException.input(name + ": cannot be read (" + audiobook.io.Disk.reason(e) + ")");
        }
    }

    private static byte[] capped(java.io.InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, -1);
        }
        return bytes;
    }

    private static AudiobookException tooLarge(String name, long size) {
        return AudiobookException.input(name + ": is " + (size < 0 ? "over " + audiobook.io.Disk.size(MAX_BYTES)
                : audiobook.io.Disk.size(size)) + "; stories up to " + audiobook.io.Disk.size(MAX_BYTES)
                + " are supported (about nine million words): split it into volumes");
    }

    private static String decode(byte[] bytes, String name) {
        Object file = name;
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            throw AudiobookException.input(file + ": is UTF-16 text; save it as UTF-8 and try again");
        }
        String text = utf8(file, bytes);
        if (text.indexOf('\0') >= 0 || controlShare(text) > MAX_CONTROL_SHARE) {
            throw AudiobookException.input(file + ": looks like a binary file, not a story");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (Words.fold(text).isEmpty()) {
            throw AudiobookException.input(file + ": is empty; there is no story to read");
        }
        return text;
    }

    private static String utf8(Object file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw AudiobookException.input(String.format("%s: is not UTF-8 text (byte 0x%02X on line %d); "
                    + "save it as UTF-8 and try again", file, bytes[Math.min(at, bytes.length - 1)] & 0xFF, line));
        }
        return out.flip().toString();
    }

    private static double controlShare(String text) {
        int n = Math.min(text.length(), 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            controls += Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' ? 1 : 0;
        }
        return n == 0 ? 0 : controls / (double) n;
    }
}
