package audiobook.mix;

/**
 * Where a chapter's speech sits, in frames at the output rate: segment {@code i} speaks from
 * {@code starts[i]} to {@code ends[i]}, and the chapter is {@code frames} long. The arrays are
 * not modified after the layout.
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
}
