package audiobook.player;

/** A segment as the listener hears it: where it sits in its chapter's file, and its text. */
public record Sentence(long startMs, long endMs, String text) {
}
