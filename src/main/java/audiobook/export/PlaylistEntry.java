package audiobook.export;

import java.util.Objects;

/**
 * One line of a playlist.
 *
 * @param fileName        relative to the playlist, e.g. {@code 01 Chapter One.wav}
 * @param title           shown by the player
 * @param durationSeconds length of the file
 */
public record PlaylistEntry(String fileName, String title, double durationSeconds) {
    public PlaylistEntry {
        Objects.requireNonNull(title, "title");
        if (fileName == null || fileName.isBlank() || fileName.chars().anyMatch(ch -> ch == '\n' || ch == '\r')) {
            throw new IllegalArgumentException("playlist file name must be one non-blank line: \"" + fileName + "\"");
        }
        if (!(durationSeconds >= 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration of " + fileName + " must be finite and not negative: "
                    + durationSeconds);
        }
    }
}
