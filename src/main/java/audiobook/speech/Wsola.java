package audiobook.speech;

/**
 * Time-stretching by waveform-similarity overlap-add (Verhelst and Roelands, 1993): the output
 * is built of Hann-windowed frames at a fixed hop, each taken from the input near where the
 * stretch puts it, shifted by up to a pitch period to the place whose waveform best continues
 * the frame before; so pitch and formants stay as they are and only the duration changes.
 *
 * <p>It streams: {@link #put} input as it comes, {@link #take} what is ready, {@link #finish} at
 * the end; memory stays a few frames whatever the length. A whole clip ({@link #stretch}) is the
 * same code fed at once. Channels are aligned together (the match sums over them), so a
 * stereo image does not smear.
 *
 * <p>Why not TarsosDSP's {@code WaveformSimilarityBasedOverlapAdd}: it runs only inside an
 * {@code AudioDispatcher}, which quantises to 16 bits and pads the last buffer (DSP-NOTES §5),
 * it is mono, fades the first overlap in from silence and leaves the input's tail unread, its
 * output length follows a rounded skip rather than the factor asked for, and it prints to
 * standard output when it is built. This one works in double precision and returns exactly
 * {@code round(n * stretch)} frames for {@code n} in.
 */
public final class Wsola {

    private final int channels;
    private final int frame;
    private final int hop;
    private final int tolerance;
    private final double stretch;
    private final double analysisHop;
    private final double[] window;
    private final WsolaInput in;
    private double[][] acc;      // overlap-added output from absolute frame `emitted` on
    private double[] weight;
    private long emitted;        // output frames handed out
    private long k;              // next analysis frame
    private long previous;       // where the last frame was taken from
    private long outLength = -1; // known once the input has ended

    /** Frames of 32 ms at half overlap, aligned within ±8 ms (a period of a 62 Hz voice); {@code stretch} = output/input duration. */
    public Wsola(int sampleRate, int channels, double stretch) {
        this.channels = channels;
        this.frame = 2 * Math.round(sampleRate * 0.016f);
        this.hop = frame / 2;
        this.tolerance = Math.round(sampleRate * 0.008f);
        this.stretch = stretch;
        this.analysisHop = hop / stretch;
        this.window = new double[frame];
        for (int i = 0; i < frame; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / frame);   // periodic Hann: sums to 1 at half overlap
        }
        this.in = new WsolaInput(channels, 4 * frame);
        this.acc = new double[channels][2 * frame];
        this.weight = new double[2 * frame];
    }

    /** A whole mono clip made {@code stretch} times as long: exactly {@code round(n × stretch)} samples. */
    public static float[] stretch(float[] clip, int sampleRate, double stretch) {
        Wsola wsola = new Wsola(sampleRate, 1, stretch);
        wsola.put(new float[][] {clip}, clip.length);
        wsola.finish();
        float[][] out = new float[1][(int) Math.round(clip.length * stretch)];
        wsola.take(out, out[0].length);
        return out[0];
    }

    /** Appends {@code block[c][0..frames)}. */
    public void put(float[][] block, int frames) {
        in.append(block, frames, keepFrom());
    }

    /** The input has ended: what is left can be taken. */
    public void finish() {
        in.end();
        outLength = Math.round(in.total() * stretch);
    }

    /** Fills {@code out[c][0..)} with up to {@code max} frames of output; returns how many (0: need input, or done). */
    public int take(float[][] out, int max) {
        while (ready() - emitted < max && step()) {
            // each frame finishes the output up to where the next one starts
        }
        long ready = ready();
        int n = (int) Math.min(max, ready - emitted);
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < n; i++) {
                out[c][i] = (float) (weight[i] > 1e-3 ? acc[c][i] / weight[i] : acc[c][i]);
            }
            System.arraycopy(acc[c], n, acc[c], 0, acc[c].length - n);
            java.util.Arrays.fill(acc[c], acc[c].length - n, acc[c].length, 0);
        }
        System.arraycopy(weight, n, weight, 0, weight.length - n);
        java.util.Arrays.fill(weight, weight.length - n, weight.length, 0);
        emitted += n;
        return n;
    }

    /** Adds analysis frame {@code k} if the input it reads is there; false when it must wait or all is done. */
    private boolean step() {
        if (outLength >= 0 && k * hop >= outLength) {
            return false;
        }
        long nominal = Math.round(k * analysisHop);
        long needed = k == 0 ? frame : Math.max(nominal + tolerance, previous + hop) + frame;
        if (!in.ended() && in.total() < needed) {
            return false;
        }
        long from = k == 0 ? 0 : bestMatch(previous + hop, nominal);
        int at = (int) (k * hop - emitted);
        grow(at + frame);
        for (int i = 0; i < frame; i++) {
            for (int c = 0; c < channels; c++) {
                acc[c][at + i] += window[i] * in.sample(c, from + i);
            }
            weight[at + i] += window[i];
        }
        previous = from;
        k++;
        return true;
    }

    /** The input position near {@code nominal} whose frame best matches the natural continuation at {@code natural}. */
    private long bestMatch(long natural, long nominal) {
        long best = nominal;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int delta = -tolerance; delta <= tolerance; delta++) {
            long candidate = nominal + delta;
            if (candidate < 0) {
                continue;
            }
            double dot = 0;
            double energy = 1e-9;
            for (int i = 0; i < frame; i += 2) {   // every other sample: the correlation peak is as sharp
                for (int c = 0; c < channels; c++) {
                    double x = in.sample(c, candidate + i);
                    dot += x * in.sample(c, natural + i);
                    energy += x * x;
                }
            }
            double score = dot / Math.sqrt(energy);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /**
     * Output frames no later analysis frame touches: up to where the next frame starts, and never
     * past the length the input so far already commits to (it only grows), so what is handed out
     * is what the whole input would give.
     */
    private long ready() {
        return Math.min(k * hop, outLength >= 0 ? outLength : Math.round(in.total() * stretch));
    }

    /** The earliest input any later frame can read: its candidates and the natural continuation. */
    private long keepFrom() {
        return Math.max(0, Math.min(Math.round(k * analysisHop) - tolerance, previous + hop));
    }

    private void grow(int length) {
        if (length > weight.length) {
            int size = Math.max(length, 2 * weight.length);
            for (int c = 0; c < channels; c++) {
                acc[c] = java.util.Arrays.copyOf(acc[c], size);
            }
            weight = java.util.Arrays.copyOf(weight, size);
        }
    }
}
