package audiobook.mix;

/**
 * Decibels from amplitudes and back, by table, for loops that convert every sample (the dry
 * master's compressor). {@link audiobook.audio.Decibels} calls {@code Math.log10} and
 * {@code Math.pow}, some tens of nanoseconds each; these take a few. Both interpolate linearly
 * in a table of 1024 steps per octave: {@link #fromLinear} is within 2e-6 dB of the exact value
 * and {@link #toLinear} within 1e-7 of it, relative (tested), below a float's own resolution
 * (6e-8) in gain and far below anything audible.
 */
final class FastDecibels {

    private static final int BITS = 10;
    private static final int STEPS = 1 << BITS;
    private static final double DB_PER_OCTAVE = 20 * Math.log10(2);
    /** log2(1 + j / STEPS) for j in [0, STEPS]. */
    private static final double[] LOG2 = new double[STEPS + 1];
    /** 2^(j / STEPS) for j in [0, STEPS]. */
    private static final double[] EXP2 = new double[STEPS + 1];

    static {
        for (int j = 0; j <= STEPS; j++) {
            LOG2[j] = Math.log1p((double) j / STEPS) / Math.log(2);
            EXP2[j] = Math.pow(2, (double) j / STEPS);
        }
    }

    private FastDecibels() {
    }

    /** The level in dB of a positive, finite, normal amplitude (what a detector holds above its knee). */
    static double fromLinear(double amplitude) {
        long bits = Double.doubleToRawLongBits(amplitude);
        int exponent = (int) ((bits >>> 52) & 0x7FF) - 1023;
        int j = (int) ((bits >>> (52 - BITS)) & (STEPS - 1));
        double t = (bits & ((1L << (52 - BITS)) - 1)) * 0x1.0p-42;
        double log2 = exponent + LOG2[j] + (LOG2[j + 1] - LOG2[j]) * t;
        return DB_PER_OCTAVE * log2;
    }

    /** The amplitude of a level in dB between -6000 and +6000. */
    static double toLinear(double db) {
        double octaves = db / DB_PER_OCTAVE;
        double whole = Math.floor(octaves);
        double steps = (octaves - whole) * STEPS;
        // Just under a whole octave, octaves - whole rounds to 1: the table's last step then.
        int j = Math.min((int) steps, STEPS - 1);
        double t = steps - j;
        double fraction = EXP2[j] + (EXP2[j + 1] - EXP2[j]) * t;
        return fraction * Double.longBitsToDouble((long) ((int) whole + 1023) << 52);
    }
}
