package audiobook.export;

import java.util.Objects;

/**
 * A labelled point in a WAV file, stored as a {@code cue } point plus an {@code adtl/labl}
 * label, so that audio editors show it (and ffmpeg reads it as a chapter start).
 *
 * @param sampleOffset position in frames (samples per channel) from the start of the data
 * @param label        text shown at the marker, e.g. the sentence spoken there
 */
public record CueMarker(long sampleOffset, String label) {
    public CueMarker {
        if (sampleOffset < 0 || sampleOffset > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("cue sample offset out of range: " + sampleOffset);
        }
        Objects.requireNonNull(label, "label");
    }
}
