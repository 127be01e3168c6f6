package audiobook.soundscape;

import java.util.SplittableRandom;

/**
 * Seeded, zero-mean white noise, uniform in [-1, 1). TarsosDSP's NoiseGenerator is unseeded and
 * unipolar (a DC offset), so it cannot give byte-identical, centred output.
 */
final class Noise {

    /** RMS of uniform noise in [-1, 1). */
    static final double RMS = 1 / Math.sqrt(3);

    private final SplittableRandom random;

    Noise(long seed) {
        random = new SplittableRandom(seed);
    }

    float next() {
        return (float) (2 * random.nextDouble() - 1);
    }

    /** Two samples from each 64 random bits (24 bits each, a float's precision): half the work of {@link #next}. */
    void fill(float[] buffer, int frames) {
        int i = 0;
        for (; i + 1 < frames; i += 2) {
            long bits = random.nextLong();
            buffer[i] = (bits >>> 40) * 0x1.0p-23f - 1f;
            buffer[i + 1] = ((bits >>> 8) & 0xFFFFFF) * 0x1.0p-23f - 1f;
        }
        if (i < frames) {
            buffer[i] = next();
        }
    }

    double uniform() {
        return random.nextDouble();
    }
}
