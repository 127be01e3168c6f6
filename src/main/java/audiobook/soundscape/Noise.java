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

    void fill(float[] buffer, int frames) {
        for (int i = 0; i < frames; i++) {
            buffer[i] = next();
        }
    }

    double uniform() {
        return random.nextDouble();
    }
}
