package audiobook.pipeline;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the user chose about the formats written beside the WAV masters.
 *
 * @param formats the formats to write; WAV is always among them, and MP3 with EPUB
 * @param cover   the cover image to use ({@code --cover}), or null for the book's own or a generated one
 * @param ffmpeg  the ffmpeg program, or null when there is none: M4B needs it, and the MP3s and the
 *                M4B are measured with it after encoding (without it their figures are "not measured")
 * @param year    the year for the tags, or null to leave it out
 */
public record FormatSettings(Set<OutputFormat> formats, Path cover, Path ffmpeg, String year) {

    /** WAV only: the default. */
    public static final FormatSettings WAV_ONLY = new FormatSettings(Set.of(OutputFormat.WAV), null, null, null);

    public FormatSettings {
        EnumSet<OutputFormat> all = EnumSet.of(OutputFormat.WAV);
        all.addAll(formats);
        if (all.contains(OutputFormat.EPUB)) {
            all.add(OutputFormat.MP3);   // the EPUB's overlays play the chapter MP3s
        }
        formats = java.util.Collections.unmodifiableSet(all);
    }

    public boolean has(OutputFormat format) {
        return formats.contains(format);
    }

    /** Whether a format that embeds the cover is written (MP3, M4B), so that a cover is needed. */
    public boolean needsCover() {
        return has(OutputFormat.MP3) || has(OutputFormat.M4B);
    }
}
