package audiobook.player;

/**
 * Where playback ended.
 *
 * @param trackIndex index into the playlist's tracks
 * @param ms         how far into that track the listener got
 * @param finished   true when everything asked for was played, false when stopped
 */
public record PlaybackPosition(int trackIndex, long ms, boolean finished) {
}
