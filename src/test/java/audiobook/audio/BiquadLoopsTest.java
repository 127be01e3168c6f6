package audiobook.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The loops that run several filters at once give, to the bit, what each filter gives sample by
 * sample through {@link Biquad#process}: they only overlap independent recursions.
 */
class BiquadLoopsTest {

    private static final int RATE = 44100;

    private static float[] noise(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (random.nextDouble() - 0.5);
        }
        return x;
    }

    @Test
    void aMidSideStageThenAStereoStageInOnePassIsTheStagesOneAfterTheOther() {
        int n = 3000;
        float[] left = noise(1, n);
        float[] right = noise(2, n);
        float[] addLeft = noise(3, n);
        float[] addRight = noise(4, n);
        Biquad mid = Biquad.lowShelf(400, 3, RATE);
        Biquad side = Biquad.highPass(400, 0.7071, RATE);
        Biquad outL = Biquad.highShelf(3000, -5, RATE);
        Biquad outR = outL.copy();
        Biquad[] reference = {mid.copy(), side.copy(), outL.copy(), outR.copy()};
        float[] gotLeft = new float[n];
        float[] gotRight = new float[n];
        // In two blocks, so that the state carried between calls is checked too.
        int first = 1000;
        Biquad.midSideThenStereo(left, right, mid, side, addLeft, addRight, outL, outR, gotLeft, gotRight, first);
        float[] restLeft = new float[n - first];
        float[] restRight = new float[n - first];
        Biquad.midSideThenStereo(from(left, first), from(right, first), mid, side, from(addLeft, first),
                from(addRight, first), outL, outR, restLeft, restRight, n - first);
        System.arraycopy(restLeft, 0, gotLeft, first, n - first);
        System.arraycopy(restRight, 0, gotRight, first, n - first);
        float[] expectLeft = new float[n];
        float[] expectRight = new float[n];
        for (int i = 0; i < n; i++) {
            float m = (float) reference[0].process(0.5f * (left[i] + right[i]));
            float s = (float) reference[1].process(0.5f * (left[i] - right[i]));
            expectLeft[i] = (float) reference[2].process((m + s) + addLeft[i]);
            expectRight[i] = (float) reference[3].process((m - s) + addRight[i]);
        }
        assertArrayEquals(expectLeft, gotLeft, 0f);
        assertArrayEquals(expectRight, gotRight, 0f);
    }

    @Test
    void twoChannelsOfTwoFiltersSideBySideAreEachFilterSampleBySample() {
        int n = 20000;
        float[] left = noise(5, n);
        float[] right = noise(6, n);
        // Silence after the noise: the state decays until the sums fall under the flush threshold.
        for (int i = 2000; i < n; i++) {
            left[i] = 0;
            right[i] = 0;
        }
        Biquad f = Biquad.bandPass(354, 250, RATE);
        Biquad g = Biquad.bandPass(2000, 3000, RATE);
        Biquad h = f.copy();
        Biquad k = g.copy();
        Biquad[] reference = {f.copy(), g.copy(), h.copy(), k.copy()};
        double[] gotLeft = new double[n];
        double[] gotRight = new double[n];
        Biquad.sums(left, f, g, right, h, k, n, gotLeft, gotRight);
        for (int i = 0; i < n; i++) {
            assertEquals(reference(reference[0], reference[1], left[i]), gotLeft[i], 0, "left " + i);
            assertEquals(reference(reference[2], reference[3], right[i]), gotRight[i], 0, "right " + i);
        }
        assertEquals(0, gotLeft[n - 1], "flushed to zero, not crawling through denormals");
    }

    /** One sample through two filters side by side, settling both when their sum is under 1e-30. */
    private static double reference(Biquad a, Biquad b, double x) {
        double y = a.process(x) + b.process(x);
        if (Math.abs(y) < 1e-30) {
            a.settle();
            b.settle();
        }
        return y;
    }

    private static float[] from(float[] x, int from) {
        return java.util.Arrays.copyOfRange(x, from, x.length);
    }
}
