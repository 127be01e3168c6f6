package audiobook.player;

/** What the player tells its caller while it plays; the command line decides how to show it. Called on the playing thread. */
public interface PlaybackListener {

    PlaybackListener SILENT = new PlaybackListener() { };

    /** The listener is about to hear {@code track} (number {@code index + 1} of {@code count}) from {@code fromMs}. */
    default void trackStarted(Track track, int index, int count, long fromMs) {
    }

    /** The listener has heard {@code track} up to {@code ms}; called often (every block). */
    default void position(Track track, long ms) {
    }

    /** The whole track has been heard. */
    default void trackFinished(Track track) {
    }
}
