package audiobook.speech;

/**
 * The input a streaming {@link Wsola} still needs: samples from the earliest a later frame can
 * read to the newest received, addressed by absolute position; zero before the start and after
 * the end, as a whole clip would read them.
 */
final class WsolaInput {

    private float[][] samples;
    private long origin;   // absolute position of samples[c][0]
    private int held;
    private boolean ended;

    WsolaInput(int channels, int capacity) {
        samples = new float[channels][capacity];
    }

    /** Appends a block, first dropping what no frame will read again (before {@code keepFrom}). */
    void append(float[][] block, int frames, long keepFrom) {
        int drop = (int) Math.max(0, Math.min(held, keepFrom - origin));
        if (held + frames > samples[0].length && drop > 0) {
            for (float[] channel : samples) {
                System.arraycopy(channel, drop, channel, 0, held - drop);
            }
            origin += drop;
            held -= drop;
        }
        if (held + frames > samples[0].length) {
            int size = Math.max(held + frames, 2 * samples[0].length);
            for (int c = 0; c < samples.length; c++) {
                samples[c] = java.util.Arrays.copyOf(samples[c], size);
            }
        }
        for (int c = 0; c < samples.length; c++) {
            System.arraycopy(block[c], 0, samples[c], held, frames);
        }
        held += frames;
    }

    void end() {
        ended = true;
    }

    boolean ended() {
        return ended;
    }

    /** Frames received so far. */
    long total() {
        return origin + held;
    }

    double sample(int channel, long at) {
        if (at < 0 || at >= origin + held) {
            return 0;
        }
        if (at < origin) {
            throw new IllegalStateException("WSOLA read input it had dropped: " + at + " < " + origin);
        }
        return samples[channel][(int) (at - origin)];
    }
}
