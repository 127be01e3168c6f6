package audiobook.soundscape;

/**
 * A short early-reflection reverb: each channel hears itself and, fainter, the other channel
 * again after a handful of delays from 6 to 43 ms (ground, walls, a cabin's sides). Both sides
 * take the same taps: what is alike in both channels (the coherent bass, a source in the middle)
 * stays alike, and what differs (the diffuse treble) stays independent. The direct
 * sound is turned down so the taps and it keep the power of what comes in (the delays are
 * longer than a noise bed's correlation above a few hundred hertz, so their powers add), and a
 * layer's level means the same with and without them.
 */
final class EarlyReflections {

    /** Delays in ms and gains: four from the channel's own side, then four from the other side. */
    private static final double[] DELAYS_MS = {6.1, 11.3, 17.9, 29.7, 8.2, 21.1, 35.3, 43.3};
    private static final double[] GAINS = {0.34, 0.28, 0.22, 0.15, 0.22, 0.17, 0.12, 0.09};

    private final int[] delays = new int[GAINS.length];
    private final float[] gains = new float[GAINS.length];
    private final float direct;
    /** The last {@code history} frames of input, then the block: each tap reads one stretch of it. */
    private final int history;
    private final float[] left;
    private final float[] right;

    EarlyReflections(int sampleRate, int blockFrames) {
        double energy = 0;
        for (int k = 0; k < GAINS.length; k++) {
            delays[k] = (int) Math.round(DELAYS_MS[k] * sampleRate / 1000);
            gains[k] = (float) GAINS[k];
            energy += GAINS[k] * GAINS[k];
        }
        direct = (float) Math.sqrt(1 - energy);
        history = java.util.Arrays.stream(delays).max().orElse(0);
        left = new float[history + blockFrames];
        right = new float[history + blockFrames];
    }

    /**
     * Processes {@code l} and {@code r} in place. Why all taps in one loop: every element takes
     * the direct sound then the taps in order, as tap by tap would, but each output is loaded
     * and stored once instead of once a tap; every read is a run of memory at a fixed offset, so
     * the JIT vectorises it.
     */
    void process(float[] l, float[] r, int frames) {
        System.arraycopy(l, 0, left, history, frames);
        System.arraycopy(r, 0, right, history, frames);
        float d = direct;
        float g0 = gains[0], g1 = gains[1], g2 = gains[2], g3 = gains[3];
        float g4 = gains[4], g5 = gains[5], g6 = gains[6], g7 = gains[7];
        int o0 = history - delays[0], o1 = history - delays[1], o2 = history - delays[2], o3 = history - delays[3];
        int o4 = history - delays[4], o5 = history - delays[5], o6 = history - delays[6], o7 = history - delays[7];
        float[] a = left;
        float[] b = right;
        for (int i = 0; i < frames; i++) {
            l[i] = l[i] * d + g0 * a[o0 + i] + g1 * a[o1 + i] + g2 * a[o2 + i] + g3 * a[o3 + i]
                    + g4 * b[o4 + i] + g5 * b[o5 + i] + g6 * b[o6 + i] + g7 * b[o7 + i];
            r[i] = r[i] * d + g0 * b[o0 + i] + g1 * b[o1 + i] + g2 * b[o2 + i] + g3 * b[o3 + i]
                    + g4 * a[o4 + i] + g5 * a[o5 + i] + g6 * a[o6 + i] + g7 * a[o7 + i];
        }
        System.arraycopy(left, frames, left, 0, history);
        System.arraycopy(right, frames, right, 0, history);
    }
}
