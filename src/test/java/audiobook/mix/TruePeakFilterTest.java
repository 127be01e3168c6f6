package audiobook.mix;

import audiobook.audio.Decibels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TruePeakFilterTest {

    private static final int RATE = 44100;

    @Test
    void branchesHaveTheSymmetryTheFoldedLoopRelies() {
        double[][] c = TruePeakFilter.phases();
        for (int t = 0; t < 12; t++) {
            assertEquals(c[1][t], c[3][11 - t], 1e-15);
            assertEquals(c[2][t], c[2][11 - t], 1e-15);
        }
        assertEquals(1.0, c[0][TruePeakFilter.DELAY], 0.0);
        for (int q = 1; q < 4; q++) {
            double dcGain = 0;
            for (double v : c[q]) {
                dcGain += v;
            }
            assertEquals(1.0, dcGain, 0.001, "branch " + q);
        }
    }

    @Test
    void readsSteadySinesWithin0Point2DbUpTo20kHz() {
        for (double f : new double[] {100, 1000, 5000, 9000, 11025, 15000, 18000, 20000}) {
            for (int p = 0; p < 8; p++) {
                float[] tone = faded(TestSignals.sine(f, -6.0, 0.2, RATE, p * Math.PI / 8));
                double peak = peakOf(tone, 0.0);
                assertEquals(-6.0, Decibels.fromLinear(peak), 0.2, f + " Hz, phase " + p);
            }
        }
    }

    @Test
    void skippingBelowTheThresholdChangesNothingAboveIt() {
        float[][] x = TestSignals.speechLike(1, 3.0, RATE, -20, -60, 11);
        double[] exact = new double[x[0].length];
        double[] skipping = new double[x[0].length];
        new TruePeakFilter().intervalPeaks(x[0], 0, x[0].length, exact, 0.0);
        double threshold = 0.15;
        new TruePeakFilter().intervalPeaks(x[0], 0, x[0].length, skipping, threshold);
        int differing = 0;
        for (int i = 0; i < exact.length; i++) {
            if (exact[i] > threshold) {
                assertEquals(exact[i], skipping[i], 0.0);
            } else {
                assertTrue(skipping[i] <= threshold);
            }
            differing += exact[i] != skipping[i] ? 1 : 0;
        }
        assertTrue(differing > 0, "some stretch was skipped");
    }

    @Test
    void peaksComeOutDelayBehindTheirSample() {
        float[] impulse = new float[100];
        impulse[40] = 0.5f;
        double[] peaks = new double[100];
        new TruePeakFilter().intervalPeaks(impulse, 0, 100, peaks, 0.0);
        assertEquals(0.5, peaks[40 + TruePeakFilter.DELAY], 1e-7);
        assertTrue(peaks[40 + TruePeakFilter.DELAY - 1] < 0.5);
    }

    private static double peakOf(float[] x, double threshold) {
        TruePeakFilter filter = new TruePeakFilter();
        double[] peaks = new double[x.length];
        filter.intervalPeaks(x, 0, x.length, peaks, threshold);
        double max = filter.tailPeak();
        for (double p : peaks) {
            max = Math.max(max, p);
        }
        return max;
    }

    /** 10 ms raised-cosine fades, so the abrupt ends do not ring above the steady crest. */
    static float[] faded(float[] x) {
        int n = RATE / 100;
        for (int i = 0; i < n; i++) {
            float g = (float) (0.5 - 0.5 * Math.cos(Math.PI * i / n));
            x[i] *= g;
            x[x.length - 1 - i] *= g;
        }
        return x;
    }
}
