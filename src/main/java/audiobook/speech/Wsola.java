package audiobook.speech;

/**
 * Time-stretching by waveform-similarity overlap-add (Verhelst and Roelands, 1993): the output
 * is built of Hann-windowed frames at a fixed hop, each taken from the input near where the
 * stretch puts it, shifted by up to a pitch period to the place whose waveform best continues
 * the frame before; so pitch and formants stay as they are and only the duration changes.
 *
 * <p>Why not TarsosDSP's {@code WaveformSimilarityBasedOverlapAdd}: it runs only inside an
 * {@code AudioDispatcher}, which quantises to 16 bits and pads the last buffer (DSP-NOTES §5),
 * it fades the first overlap in from silence and leaves the input's tail unread, its output
 * length follows a rounded skip rather than the factor asked for, and it prints to standard
 * output when it is built. This one works on a whole clip in double precision and returns
 * exactly {@code round(n * stretch)} samples.
 */
final class Wsola {

    private final int frame;
    private final int hop;
    private final int tolerance;
    private final double[] window;

    /** Frames of 32 ms at half overlap, aligned within ±8 ms (a period of a 62 Hz voice). */
    Wsola(int sampleRate) {
        this.frame = 2 * Math.round(sampleRate * 0.016f);
        this.hop = frame / 2;
        this.tolerance = Math.round(sampleRate * 0.008f);
        this.window = new double[frame];
        for (int i = 0; i < frame; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / frame);   // periodic Hann: sums to 1 at half overlap
        }
    }

    /** The input made {@code stretch} times as long. */
    float[] stretch(float[] in, double stretch) {
        int outLength = (int) Math.round(in.length * stretch);
        double[] out = new double[outLength + frame];
        double[] weight = new double[outLength + frame];
        double analysisHop = hop / stretch;
        int previous = 0;   // where the last frame was taken from
        for (int k = 0; (long) k * hop < outLength; k++) {
            int nominal = (int) Math.round(k * analysisHop);
            int from = k == 0 ? 0 : bestMatch(in, previous + hop, nominal);
            int at = k * hop;
            for (int i = 0; i < frame && at + i < out.length; i++) {
                out[at + i] += window[i] * sample(in, from + i);
                weight[at + i] += window[i];
            }
            previous = from;
        }
        float[] result = new float[outLength];
        for (int i = 0; i < outLength; i++) {
            result[i] = (float) (weight[i] > 1e-3 ? out[i] / weight[i] : out[i]);
        }
        return result;
    }

    /** The input position near {@code nominal} whose frame best matches the natural continuation at {@code natural}. */
    private int bestMatch(float[] in, int natural, int nominal) {
        int best = nominal;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int delta = -tolerance; delta <= tolerance; delta++) {
            int candidate = nominal + delta;
            if (candidate < 0) {
                continue;
            }
            double dot = 0;
            double energy = 1e-9;
            for (int i = 0; i < frame; i += 2) {   // every other sample: the correlation peak is as sharp
                double c = sample(in, candidate + i);
                dot += c * sample(in, natural + i);
                energy += c * c;
            }
            double score = dot / Math.sqrt(energy);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static double sample(float[] in, int i) {
        return i >= 0 && i < in.length ? in[i] : 0;
    }
}
