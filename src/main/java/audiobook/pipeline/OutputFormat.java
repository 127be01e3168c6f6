package audiobook.pipeline;

import audiobook.AudiobookException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audio formats a build can write ({@code --format}). WAV per chapter is always written:
 * it is the master every other format is encoded from, so all of them say the same thing at
 * the same millisecond; the others are extra.
 */
public enum OutputFormat {
    /** One WAV per chapter and master (always). */
    WAV,
    /** One MP3 beside each chapter WAV, 44.1 kHz 192 kbps CBR, ID3v2-tagged with the cover. */
    MP3,
    /** One chaptered M4B (AAC) of the whole book, with tags and cover; needs ffmpeg. */
    M4B,
    /** One EPUB 3 whose media overlays read the text along with the chapter MP3s (so it implies MP3). */
    EPUB;

    /** What {@code --format} accepts, in order: "wav, mp3, m4b, epub". */
    public static String known() {
        return java.util.Arrays.stream(values()).map(OutputFormat::label).collect(Collectors.joining(", "));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a comma-separated list such as {@code wav,mp3,m4b} (case and spaces do not matter,
     * repeats are fine); WAV is added when missing.
     *
     * @throws AudiobookException an input error naming the unknown format and the known ones
     */
    public static Set<OutputFormat> parse(String list) {
        Set<OutputFormat> formats = EnumSet.of(WAV);
        List<String> unknown = new ArrayList<>();
        String text = list == null ? "" : list.strip();
        if (text.isEmpty()) {
            throw AudiobookException.input("--format needs a list of formats, e.g. wav,mp3,m4b; known formats: "
                    + known());
        }
        for (String item : text.split(",")) {
            String name = item.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            OutputFormat format = java.util.Arrays.stream(values()).filter(f -> f.label().equals(name)).findFirst()
                    .orElse(null);
            if (format == null) {
                unknown.add(item.strip());
            } else {
                formats.add(format);
            }
        }
        if (!unknown.isEmpty()) {
            throw AudiobookException.input("--format " + String.join(",", unknown) + ": unknown format"
                    + (unknown.size() == 1 ? "" : "s") + "; known formats: " + known());
        }
        return formats;
    }
}
