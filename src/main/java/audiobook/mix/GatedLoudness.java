package audiobook.mix;

import audiobook.audio.Decibels;
import java.util.Arrays;

/**
 * The gating stage of BS.1770-4 and EBU Tech 3342, fed with K-weighted energies one 100 ms
 * hop at a time.
 *
 * <p>Why hops and not blocks: gating blocks are 400 ms long and start every 100 ms, and the
 * 3 s short-term windows of the loudness range start every 100 ms too, so both are sums of
 * consecutive hops. Keeping one double per hop (288 KB per hour) serves both measures exactly,
 * without a histogram's quantisation. Hop {@code k} covers samples
 * {@code [floor(k fs / 10), floor((k+1) fs / 10))}, so rates not divisible by 10 work too.
 */
final class GatedLoudness {

    private static final double OFFSET = -0.691;
    private static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double RELATIVE_GATE_LU = -10.0;
    private static final double RANGE_RELATIVE_GATE_LU = -20.0;
    private static final int HOPS_PER_BLOCK = 4;
    private static final int HOPS_PER_SHORT_TERM = 30;

    private final int sampleRate;
    private double[] hopEnergies = new double[1024];
    private int hops;

    GatedLoudness(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** First sample of hop {@code k}. */
    long hopStart(long k) {
        return k * sampleRate / 10;
    }

    /** Adds the channel-weighted sum of squared K-weighted samples of the next complete hop. */
    void addHop(double energy) {
        if (hops == hopEnergies.length) {
            hopEnergies = Arrays.copyOf(hopEnergies, hops * 2);
        }
        hopEnergies[hops++] = energy;
    }

    /** Integrated loudness in LUFS; negative infinity when no block passes the gates. */
    double integratedLufs() {
        double[] powers = blockPowers(HOPS_PER_BLOCK);
        return lufs(meanAbove(powers, relativeGate(powers, RELATIVE_GATE_LU)));
    }

    /** Loudness range in LU (EBU Tech 3342): spread of the gated short-term loudness, 10th to 95th percentile. */
    double loudnessRangeLu() {
        double[] powers = blockPowers(HOPS_PER_SHORT_TERM);
        double gate = relativeGate(powers, RANGE_RELATIVE_GATE_LU);
        double[] kept = Arrays.stream(powers).filter(p -> lufs(p) > gate).sorted().toArray();
        if (kept.length == 0) {
            return 0.0;
        }
        double low = kept[(int) ((kept.length - 1) * 0.10 + 0.5)];
        double high = kept[(int) ((kept.length - 1) * 0.95 + 0.5)];
        return lufs(high) - lufs(low);
    }

    /** Mean square of each block of {@code hopsPerBlock} hops that starts on a hop boundary. */
    private double[] blockPowers(int hopsPerBlock) {
        int blocks = Math.max(0, hops - hopsPerBlock + 1);
        double[] powers = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            double sum = 0.0;
            for (int h = b; h < b + hopsPerBlock; h++) {
                sum += hopEnergies[h];
            }
            powers[b] = sum / (hopStart(b + hopsPerBlock) - hopStart(b));
        }
        return powers;
    }

    /** The stricter of the absolute gate and the mean of the blocks above it plus {@code relativeLu}. */
    private static double relativeGate(double[] powers, double relativeLu) {
        return Math.max(lufs(meanAbove(powers, ABSOLUTE_GATE_LUFS)) + relativeLu, ABSOLUTE_GATE_LUFS);
    }

    private static double meanAbove(double[] powers, double gateLufs) {
        double sum = 0.0;
        int n = 0;
        for (double p : powers) {
            if (lufs(p) > gateLufs) {
                sum += p;
                n++;
            }
        }
        return n == 0 ? 0.0 : sum / n;
    }

    private static double lufs(double power) {
        return OFFSET + Decibels.fromPower(power);
    }
}
