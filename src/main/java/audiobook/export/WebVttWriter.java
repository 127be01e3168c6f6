package audiobook.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * WebVTT captions, one numbered cue per segment. Text is escaped ({@code &}, {@code <},
 * {@code >}, which also defuses a {@code -->} inside a sentence) and wrapped on word
 * boundaries at {@value #LINE_CHARS} characters, the usual broadcast limit, so players need
 * not wrap it themselves. Wrapping only ever breaks lines: no word is dropped, and a word
 * longer than a line keeps a line of its own.
 */
public final class WebVttWriter {
    public static final int LINE_CHARS = 42;

    private WebVttWriter() {
    }

    /** Writes the captions atomically as UTF-8; a rejected caption names the file. */
    public static void write(Path file, List<Caption> captions) throws IOException {
        String text;
        try {
            text = format(captions);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot write " + file + ": " + e.getMessage(), e);
        }
        AtomicFiles.writeString(file, text);
    }

    /** @throws IllegalArgumentException when a cue starts before the previous one (invalid WebVTT) */
    public static String format(List<Caption> captions) {
        StringBuilder out = new StringBuilder("WEBVTT\n");
        long previousStart = 0;
        for (int i = 0; i < captions.size(); i++) {
            Caption c = captions.get(i);
            if (c.startMs() < previousStart) {
                throw new IllegalArgumentException("caption " + (i + 1) + " starts at " + c.startMs()
                        + " ms, before the previous one (" + previousStart + " ms)");
            }
            previousStart = c.startMs();
            out.append('\n').append(i + 1).append('\n')
                    .append(timestamp(c.startMs())).append(" --> ").append(timestamp(c.endMs())).append('\n');
            for (String line : wrap(c.text(), LINE_CHARS)) {
                out.append(escape(line)).append('\n');
            }
        }
        return out.toString();
    }

    /** {@code HH:MM:SS.mmm}; hours grow past two digits rather than wrap. */
    static String timestamp(long ms) {
        return String.format("%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    /**
     * Greedy word wrap. All whitespace, line breaks included, becomes single spaces first:
     * a blank line inside a cue would end it and turn the rest into garbage.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String escape(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
