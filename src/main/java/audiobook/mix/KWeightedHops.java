package audiobook.mix;

import java.util.Arrays;

/**
 * K-weighted energy per 100 ms hop of a signal fed block by block, kept so that the loudness of
 * a weighted sum of two signals can be computed afterwards without rendering the sum: K-weighting
 * is linear, and speech and ambience are uncorrelated, so a hop of {@code g·voice + bed} holds
 * {@code g²·E(voice) + E(bed)} up to a cross term that averages out over a 100 ms hop.
 */
final class KWeightedHops {

    private final int sampleRate;
    private final KWeighting[] weighting;
    private double[] energies = new double[256];
    private int hops;
    private long frames;
    private double current;

    KWeightedHops(int channels, int sampleRate) {
        this.sampleRate = sampleRate;
        weighting = new KWeighting[channels];
        for (int c = 0; c < channels; c++) {
            weighting[c] = new KWeighting(sampleRate);
        }
    }

    /** Hops whose energies were worked out elsewhere (e.g. estimated for a bed not yet ducked). */
    static KWeightedHops of(int sampleRate, double[] energies) {
        KWeightedHops hops = new KWeightedHops(0, sampleRate);
        hops.energies = energies.clone();
        hops.hops = energies.length;
        return hops;
    }

    int count() {
        return hops;
    }

    double energy(int hop) {
        return energies[hop];
    }

    void accept(float[][] block, int n) {
        accept(block, n, null);
    }

    /**
     * As {@link #accept(float[][], int)} for one channel, adding the block's plain sum of squares
     * to {@code plain.left} in the same loop as the weighting (null: not wanted).
     */
    void accept(float[][] block, int n, KWeighting.Plain plain) {
        int pos = 0;
        while (pos < n) {
            long hopEnd = (long) (hops + 1) * sampleRate / 10;
            int end = (int) Math.min(n, pos + hopEnd - frames);
            if (weighting.length == 2) {
                current += KWeighting.sumOfSquares(weighting[0], block[0], weighting[1], block[1], pos, end);
            } else if (plain == null) {
                current += weighting[0].sumOfSquares(block[0], pos, end);
            } else {
                current += weighting[0].sumOfSquares(block[0], pos, end, plain);
            }
            frames += end - pos;
            pos = end;
            if (frames == hopEnd) {
                if (hops == energies.length) {
                    energies = Arrays.copyOf(energies, hops * 2);
                }
                energies[hops++] = current;
                current = 0;
            }
        }
    }

    /**
     * Integrated loudness (LUFS) at {@code rate} of {@code power · a + b}: two signals measured over
     * the same stretch of time, the first's hop energies multiplied by {@code power} (its gain
     * squared, and any change of rate). Without {@code b}, the first alone.
     */
    static double integratedLufs(int rate, KWeightedHops a, double power, KWeightedHops b) {
        GatedLoudness gating = new GatedLoudness(rate);
        int hops = b == null ? a.hops : Math.min(a.hops, b.hops);
        for (int h = 0; h < hops; h++) {
            gating.addHop(power * a.energies[h] + (b == null ? 0 : b.energies[h]));
        }
        return gating.integratedLufs();
    }
}
