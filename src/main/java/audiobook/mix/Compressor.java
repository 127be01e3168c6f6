package audiobook.mix;

import audiobook.audio.Decibels;

/**
 * Gentle compression of the dry narration before its limiter. FreeTTS's peaks stand some 17 dB
 * over its RMS, so at ACX's −20 dB RMS the loudest syllables reach past the −3 dBFS ceiling and
 * a limiter alone would clamp them hard, several dB at a time. A soft-knee compressor at a low
 * ratio takes the top off those syllables first, a dB or two over tens of milliseconds, and
 * leaves the limiter only the rare fast transient.
 *
 * <p>Feed-forward, one channel; the detector follows the peak envelope (fast attack, slower
 * release), the gain computer has a quadratic knee.
 */
final class Compressor {

    private final double thresholdDb;
    private final double slope;
    private final double kneeDb;
    private final double attack;
    private final double release;
    /** The detector level where the knee starts, linear: below it no gain is needed. */
    private final double kneeStart;
    /** {@link #gainTable}'s first cell, as the top bits of a detector level's double. */
    private final long firstCell;
    private final double[] gains;
    private double envelope;

    /**
     * @param thresholdDbfs where compression begins (the middle of the knee)
     * @param ratio         input dB over the threshold per output dB
     * @param kneeDb        width of the soft knee
     */
    Compressor(int sampleRate, double thresholdDbfs, double ratio, double kneeDb, double attackMs, double releaseMs) {
        this.thresholdDb = thresholdDbfs;
        this.slope = 1 - 1 / ratio;
        this.kneeDb = kneeDb;
        this.attack = 1 - Math.exp(-1000 / (attackMs * sampleRate));
        this.release = 1 - Math.exp(-1000 / (releaseMs * sampleRate));
        this.kneeStart = Decibels.toLinear(thresholdDbfs - kneeDb / 2);
        this.firstCell = cell(kneeStart);
        this.gains = gainTable();
    }

    /**
     * The dry master's: −12 dBFS, 2:1, an 8 dB knee, 0.3 ms attack (a FreeTTS syllable's first
     * glottal pulse is already its peak), 150 ms release. Measured on the seed: the limiter after it
     * reduces no frame by more than 0.7 dB (without it: more than 1 dB on 1–1.7 % of the frames).
     */
    static Compressor forDryMaster(int sampleRate) {
        return new Compressor(sampleRate, -12, 2, 8, 0.3, 150);
    }

    /**
     * Compresses {@code x[0..n)} in place. The detector's level is a local in the loop: as a
     * field, each sample's update would wait on the last one's store and load.
     */
    void process(float[] x, int n) {
        double level = envelope;
        for (int i = 0; i < n; i++) {
            double a = Math.abs(x[i]);
            level += (a - level) * (a > level ? attack : release);
            if (level > kneeStart) {
                x[i] = (float) (x[i] * gain(level));
            }
        }
        envelope = level;
    }

    /**
     * The gain for a detector level above the knee's start. A logarithm and a power per sample
     * were most of the compressor's cost; instead the gain is interpolated linearly in a table
     * of {@link #CELLS_PER_OCTAVE} cells per octave of level, indexed by the level's exponent and
     * top mantissa bits: within 2e-7 of the exact gain, relative (tested), about a float's
     * resolution and far below anything audible. Levels past the table's top (+24 dBFS) are
     * worked out exactly.
     */
    double gain(double level) {
        long bits = Double.doubleToRawLongBits(level);
        int k = (int) ((bits >>> MANTISSA_SHIFT) - firstCell);
        if (k >= gains.length - 1) {
            return exactGain(level);
        }
        double t = (bits & ((1L << MANTISSA_SHIFT) - 1)) * (1.0 / (1L << MANTISSA_SHIFT));
        return gains[k] + (gains[k + 1] - gains[k]) * t;
    }

    /** The gain for a detector level, worked out in dB. */
    double exactGain(double level) {
        return Decibels.toLinear(-reductionDb(Decibels.fromLinear(level)));
    }

    private static final int CELL_BITS = 10;
    private static final int CELLS_PER_OCTAVE = 1 << CELL_BITS;
    private static final int MANTISSA_SHIFT = 52 - CELL_BITS;
    private static final double TABLE_TOP = 16;

    /** A positive level's cell: its exponent and top mantissa bits, increasing with the level. */
    private static long cell(double level) {
        return Double.doubleToRawLongBits(level) >>> MANTISSA_SHIFT;
    }

    /** The exact gain at each cell's lower edge, from the knee's start to {@link #TABLE_TOP}. */
    private double[] gainTable() {
        double[] table = new double[(int) (cell(TABLE_TOP) - firstCell) + 2];
        for (int k = 0; k < table.length; k++) {
            table[k] = exactGain(Double.longBitsToDouble((firstCell + k) << MANTISSA_SHIFT));
        }
        return table;
    }

    /** The gain reduction for a detector level, dB (0 below the knee). */
    double reductionDb(double levelDb) {
        double over = levelDb - thresholdDb;
        if (over <= -kneeDb / 2) {
            return 0;
        }
        if (over >= kneeDb / 2) {
            return slope * over;
        }
        double into = over + kneeDb / 2;
        return slope * into * into / (2 * kneeDb);
    }
}
