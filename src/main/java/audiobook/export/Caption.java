package audiobook.export;

import java.util.Objects;

/**
 * One caption cue: the text of one segment and when it is heard in the chapter file.
 *
 * @param startMs from the start of the chapter's audio, in milliseconds
 * @param endMs   after {@code startMs}: WebVTT players drop cues that end before they begin
 */
public record Caption(long startMs, long endMs, String text) {
    public Caption {
        Objects.requireNonNull(text, "text");
        if (startMs < 0 || endMs <= startMs) {
            throw new IllegalArgumentException("caption must start at or after 0 and end after it starts: "
                    + startMs + " ms --> " + endMs + " ms, \"" + text + "\"");
        }
    }
}
