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

    /** Delays in ms and gains: from the channel's own side, then from the other side. */
    private static final double[] DELAYS_MS = {6.1, 11.3, 17.9, 29.7, 8.2, 21.1, 35.3, 43.3};
    private static final double[] GAINS = {0.34, 0.28, 0.22, 0.15, 0.22, 0.17, 0.12, 0.09};
    private static final int OWN = 4;

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
     * Processes {@code l} and {@code r} in place. Why tap by tap over the block: each pass reads
     * one run of memory, which the JIT vectorises.
     */
    void process(float[] l, float[] r, int frames) {
        System.arraycopy(l, 0, left, history, frames);
        System.arraycopy(r, 0, right, history, frames);
        for (int i = 0; i < frames; i++) {
            l[i] *= direct;
            r[i] *= direct;
        }
        for (int k = 0; k < gains.length; k++) {
            float g = gains[k];
            int from = history - delays[k];
            float[] intoLeft = k < OWN ? left : right;
            float[] intoRight = k < OWN ? right : left;
            for (int i = 0; i < frames; i++) {
                l[i] += g * intoLeft[from + i];
                r[i] += g * intoRight[from + i];
            }
        }
        System.arraycopy(left, frames, left, 0, history);
        System.arraycopy(right, frames, right, 0, history);
    }
}
