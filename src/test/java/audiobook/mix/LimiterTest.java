package audiobook.mix;

import audiobook.audio.Decibels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimiterTest {

    private static final int RATE = 44100;
    private static final double CEILING = -1.0;

    @Test
    void loudSpeechIsHeldUnderTheCeiling() {
        float[][] x = TestSignals.speechLike(2, 20.0, RATE, -6.0, -60, 21);
        assertTrue(LoudnessMeter.measure(x, RATE).truePeakDbtp() > 3.0, "the test signal peaks above +3 dBTP");
        LimiterReport report = Limiter.limitInPlace(x, RATE, CEILING, 5, 150);
        assertTrue(LoudnessMeter.measure(x, RATE).truePeakDbtp() <= CEILING, "true peak after limiting");
        assertTrue(report.maxGainReductionDb() > 4.0);
        assertTrue(report.limitedFrames() > 0);
        assertEquals(x[0].length, report.frames());
    }

    @Test
    void isolatedPeaksOfEveryShapeAreHeldUnderTheCeiling() {
        float[] impulse = new float[RATE];
        impulse[RATE / 2] = (float) Decibels.toLinear(3.0);
        float[] step = new float[RATE];
        java.util.Arrays.fill(step, RATE / 2, RATE, (float) Decibels.toLinear(3.0));
        float[] highTone = TruePeakFilterTest.faded(TestSignals.sine(RATE / 4.0, 3.0, 1.0, RATE, Math.PI / 4));
        float[] noise = TestSignals.noise(-6.0, 1.0, RATE, 22);
        for (float[] x : new float[][] {impulse, step, highTone, noise}) {
            float[][] audio = {x};
            Limiter.limitInPlace(audio, RATE, CEILING, 5, 150);
            assertTrue(LoudnessMeter.measure(audio, RATE).truePeakDbtp() <= CEILING);
        }
    }

    @Test
    void quietAudioPassesBitExact() {
        float[][] x = TestSignals.speechLike(2, 10.0, RATE, -24.0, -60, 23);
        float[][] original = {x[0].clone(), x[1].clone()};
        LimiterReport report = Limiter.limitInPlace(x, RATE, CEILING, 5, 150);
        assertArrayEquals(original[0], x[0]);
        assertArrayEquals(original[1], x[1]);
        assertEquals(0.0, report.maxGainReductionDb());
        assertEquals(0, report.limitedFrames());
    }

    @Test
    void streamedOutputHasTheInputsLengthAndTiming() {
        int n = RATE;
        float[][] in = new float[2][n];
        in[0][1000] = 0.5f;          // passes untouched
        in[1][30000] = 1.5f;         // is limited
        float[][] out = new float[2][n];
        Limiter limiter = new Limiter(2, RATE, CEILING, 5, 150);
        int[] sizes = {1, 333, 4096, 5000, 17};
        int read = 0, written = 0;
        for (int k = 0; read < n; k++) {
            int m = Math.min(sizes[k % sizes.length], n - read);
            float[][] block = {java.util.Arrays.copyOfRange(in[0], read, read + m), java.util.Arrays.copyOfRange(in[1], read, read + m)};
            written += limiter.process(block, 0, m, out, written);
            read += m;
        }
        written += limiter.flush(out, written);
        assertEquals(n, written);
        assertEquals(n, limiter.report().frames());
        assertEquals(0.5f, out[0][1000]);
        assertEquals(30000, indexOfMax(out[1]));
        assertTrue(out[1][30000] < 1.0f);
    }

    @Test
    void inputShorterThanTheLatencyComesOutWhole() {
        float[][] x = {{0.1f, 0.2f, 0.3f}};
        Limiter.limitInPlace(x, RATE, CEILING, 5, 150);
        assertArrayEquals(new float[] {0.1f, 0.2f, 0.3f}, x[0]);
    }

    @Test
    void gainRampsAcrossTheLookAheadWithoutSteps() {
        // steady 0.5 with a 10 ms rise to 1.5: the output/input ratio is the gain itself
        float[] x = new float[2 * RATE];
        java.util.Arrays.fill(x, 0.5f);
        java.util.Arrays.fill(x, 20000, 20441, 1.5f);
        float[][] audio = {x.clone()};
        Limiter.limitInPlace(audio, RATE, CEILING, 5, 150);
        double needed = Decibels.toLinear(CEILING) / Decibels.toLinear(LoudnessMeter.measure(new float[][] {x}, RATE).truePeakDbtp());
        double deepest = 1.0, largestStep = 0.0;
        int falling = 0;
        for (int i = 1; i < x.length; i++) {
            double g = audio[0][i] / x[i], previous = audio[0][i - 1] / x[i - 1];
            deepest = Math.min(deepest, g);
            largestStep = Math.max(largestStep, Math.abs(g - previous));
            falling += g < previous - 1e-7 ? 1 : 0;
        }
        int window = (int) Math.round(0.005 * RATE);
        assertEquals(needed, deepest, 0.001);
        assertTrue(largestStep <= 2.0 * (1.0 - deepest) / window, "largest step " + largestStep);
        assertTrue(falling >= window - 2, "the drop spreads over the look-ahead, frames falling: " + falling);
        assertEquals(1.0f, audio[0][x.length - 1] / x[x.length - 1], 1e-4, "recovered 10 release times later");
    }

    @Test
    void gainReductionIsReported() {
        float[] x = TruePeakFilterTest.faded(TestSignals.sine(1000, 3.0, 2.0, RATE));
        LimiterReport report = Limiter.limitInPlace(new float[][] {x}, RATE, CEILING, 5, 150);
        assertEquals(4.0 + Limiter.MARGIN_DB, report.maxGainReductionDb(), 0.05);
    }

    private static int indexOfMax(float[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            best = Math.abs(x[i]) > Math.abs(x[best]) ? i : best;
        }
        return best;
    }
}
