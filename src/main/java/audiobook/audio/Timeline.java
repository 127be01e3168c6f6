package audiobook.audio;

/**
 * Where a chapter's speech sits, in frames at the output rate: segment {@code i} speaks from
 * {@code starts[i]} to {@code ends[i]}, the pause after it runs to the next segment's start, and
 * the chapter is {@code frames} long. The arrays are not modified after the layout. One type for
 * the mix (ducking, metering the pauses) and the soundscape (events placed in the pauses).
 */
public record Timeline(int sampleRate, long frames, long[] starts, long[] ends) {

    /**
     * Lays clips end to end with the given pauses after each, after a lead-in and before a tail.
     *
     * @param clipFrames each clip's length at the output rate
     */
    public static Timeline layOut(int sampleRate, long[] clipFrames, int[] pausesMs, double leadInSeconds,
                                  double tailSeconds) {
        long[] starts = new long[clipFrames.length];
        long[] ends = new long[clipFrames.length];
        long position = Math.round(leadInSeconds * sampleRate);
        for (int i = 0; i < clipFrames.length; i++) {
            starts[i] = position;
            ends[i] = position + clipFrames[i];
            position = ends[i] + (i < clipFrames.length - 1 ? Math.round(pausesMs[i] * (double) sampleRate / 1000) : 0);
        }
        return new Timeline(sampleRate, position + Math.round(tailSeconds * sampleRate), starts, ends);
    }

    public double seconds() {
        return (double) frames / sampleRate;
    }

    public long millis(long frame) {
        return Math.round(frame * 1000.0 / sampleRate);
    }

    /** The segment playing at a frame (the last one that has started), or -1 before the first. */
    public int segmentAt(long frame) {
        int found = java.util.Arrays.binarySearch(starts, frame);
        return found >= 0 ? found : -found - 2;
    }

    /** True if no speech plays from this frame for at least the given number of frames. */
    public boolean quietFor(long frame, long frames) {
        int s = segmentAt(frame);
        if (s >= 0 && frame < ends[s]) {
            return false;
        }
        long nextSpeech = s + 1 < starts.length ? starts[s + 1] : Long.MAX_VALUE;
        return nextSpeech - frame >= frames;
    }
}
