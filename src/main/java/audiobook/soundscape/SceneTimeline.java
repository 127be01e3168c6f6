package audiobook.soundscape;

/**
 * When each segment of a chapter starts and when its speech ends, in frames at the output rate;
 * the pause after a segment runs from its speech end to the next segment's start.
 */
public record SceneTimeline(int sampleRate, long frames, long[] segmentStarts, long[] speechEnds) {

    /** The segment playing at a frame (the last one that has started), or -1 before the first. */
    public int segmentAt(long frame) {
        int found = java.util.Arrays.binarySearch(segmentStarts, frame);
        return found >= 0 ? found : -found - 2;
    }

    /** True if no speech plays from this frame for at least the given number of frames. */
    public boolean quietFor(long frame, long frames) {
        int s = segmentAt(frame);
        if (s >= 0 && frame < speechEnds[s]) {
            return false;
        }
        long nextSpeech = s + 1 < segmentStarts.length ? segmentStarts[s + 1] : Long.MAX_VALUE;
        return nextSpeech - frame >= frames;
    }
}
