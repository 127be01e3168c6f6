package audiobook.soundscape;

import audiobook.plan.SeedTree;
import java.util.SplittableRandom;

/**
 * Seeded, zero-mean white noise, uniform in [-1, 1), and the uniform draws a layer's random
 * choices take. Each is one stream of the chapter's {@link SeedTree}. TarsosDSP's NoiseGenerator
 * is unseeded and unipolar (a DC offset), so it cannot give byte-identical, centred output.
 */
final class Noise {

    /** RMS of uniform noise in [-1, 1). */
    static final double RMS = 1 / Math.sqrt(3);
    /** The bits of 2.0f, and the top 21 bits of a float's mantissa (see {@link #fill}). */
    private static final int TWO = 0x40000000;
    private static final int MANTISSA = 0x7FFFFC;

    private final SplittableRandom random;

    Noise(SeedTree seeds) {
        random = seeds.random();
    }

    float next() {
        return (float) (2 * random.nextDouble() - 1);
    }

    /**
     * Three samples from each 64 random bits, 21 bits each: a third of the work of {@link #next}.
     * 21 bits put the noise's own quantisation 126 dB under it, far below anything a layer keeps.
     * Each sample is {@code m · 2^-20 - 1} for its 21 bits {@code m}, made without converting an
     * integer: the bits as the mantissa of a float in [2, 4) are {@code 2 + m · 2^-20}, and
     * taking 3 from that is exact.
     */
    void fill(float[] buffer, int frames) {
        int i = 0;
        for (; i + 2 < frames; i += 3) {
            long bits = random.nextLong();
            buffer[i] = Float.intBitsToFloat(TWO | (int) (bits >>> 41) & MANTISSA) - 3f;
            buffer[i + 1] = Float.intBitsToFloat(TWO | (int) (bits >>> 20) & MANTISSA) - 3f;
            buffer[i + 2] = Float.intBitsToFloat(TWO | (int) (bits << 1) & MANTISSA) - 3f;
        }
        for (; i < frames; i++) {
            buffer[i] = next();
        }
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [low, high). */
    double between(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    /** Log-uniform in [low, high): as likely to fall in any octave of the range. */
    double logBetween(double low, double high) {
        return low * Math.pow(high / low, random.nextDouble());
    }

    /** The gap to the next event of a Poisson process of the given rate: exponential. */
    double gap(double perFrame) {
        return -Math.log(1 - random.nextDouble()) / perFrame;
    }
}
