package audiobook.player;

import java.nio.file.Path;
import java.util.List;

/**
 * One chapter to play.
 *
 * @param durationMs from the manifest, or from the file when there is no manifest
 * @param sentences  in order; empty when the file has no manifest entry
 */
public record Track(int number, String title, Path file, long durationMs, List<Sentence> sentences) {

    public Track {
        sentences = List.copyOf(sentences);
    }

    /** The sentence being spoken at {@code ms}, or the last one that started before it; null before the first. */
    public Sentence sentenceAt(long ms) {
        Sentence current = null;
        for (Sentence s : sentences) {
            if (s.startMs() > ms) {
                break;
            }
            current = s;
        }
        return current;
    }
}
