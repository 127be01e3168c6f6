package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.testing.Signals;
import be.tarsos.dsp.resample.Resampler;
import org.junit.jupiter.api.Test;

class PolyphaseUpsamplerTest {

    private static final PolyphaseUpsampler NARRATION = PolyphaseUpsampler.between(16000, 44100);

    @Test
    void passesTheVoiceBandFlatAndHalvesThePowerNearTheInputsNyquist() {
        for (double hz : new double[] {100, 1000, 3000, 5500}) {
            assertEquals(0.0, gainDb(hz), 0.01, hz + " Hz");
        }
        assertEquals(-6.0, gainDb(7360), 0.3);
        assertTrue(gainDb(7800) < -12);
    }

    @Test
    void leavesImagesOfTheVoiceBandBelowSeventyFiveDecibels() {
        for (double hz : new double[] {1000, 4000, 6000}) {
            float[] out = NARRATION.convert(sine(hz, 16000, 16000));
            double images = 10 * Math.log10(Signals.bandFraction(middle(out), 44100, 16000 - hz - 500, 22050));
            assertTrue(images < -75, hz + " Hz: images at " + images + " dB");
        }
    }

    @Test
    void keepsAConstantConstantAndPutsAnImpulseWhereTheRatioSays() {
        float[] ones = new float[1600];
        java.util.Arrays.fill(ones, 0.5f);
        float[] out = NARRATION.convert(ones);
        assertEquals(4410, out.length);
        for (int n = 100; n < out.length - 100; n++) {
            assertEquals(0.5, out[n], 1e-6);
        }
        float[] impulse = new float[1600];
        impulse[800] = 1;
        float[] response = NARRATION.convert(impulse);
        int peak = 0;
        for (int n = 0; n < response.length; n++) {
            peak = Math.abs(response[n]) > Math.abs(response[peak]) ? n : peak;
        }
        assertEquals(2205, peak); // 800 · 441 / 160 falls on an output sample
    }

    @Test
    void agreesWithTarsosDspsHighQualityResamplerOnSpeechBandMaterial() {
        float[] in = new float[16000];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < in.length; i++) {
            for (double hz : new double[] {220, 1330, 2900, 4700}) {
                in[i] += (float) (0.2 * Math.sin(2 * Math.PI * hz * i / 16000.0 + hz));
            }
            in[i] += (float) (0.01 * (random.nextDouble() - 0.5));
        }
        float[] ours = NARRATION.convert(in);
        float[] tarsos = new float[(int) Math.ceil(in.length * 44100 / 16000.0) + 64];
        new Resampler(true, 44100 / 16000.0, 44100 / 16000.0)
                .process(44100 / 16000.0, in, 0, in.length, true, tarsos, 0, tarsos.length);
        double error = 0;
        double signal = 0;
        for (int n = 2000; n < ours.length - 2000; n++) {
            error += (ours[n] - tarsos[n]) * (ours[n] - tarsos[n]);
            signal += ours[n] * ours[n];
        }
        assertTrue(10 * Math.log10(error / signal) < -50, "difference " + 10 * Math.log10(error / signal) + " dB");
    }

    @Test
    void takesOnlySmallUpsamplingRatios() {
        assertNull(PolyphaseUpsampler.between(48000, 44100));
        assertNull(PolyphaseUpsampler.between(44099, 44100));
        float[] doubled = PolyphaseUpsampler.between(22050, 44100).convert(new float[] {0, 0, 0});
        assertArrayEquals(new float[6], doubled);
    }

    private static double gainDb(double hz) {
        float[] in = sine(hz, 16000, 16000);
        float[] out = NARRATION.convert(in);
        return 20 * Math.log10(rms(middle(out)) / rms(java.util.Arrays.copyOfRange(in, 2000, in.length - 2000)));
    }

    private static float[] sine(double hz, int rate, int frames) {
        float[] x = new float[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    private static float[] middle(float[] x) {
        return java.util.Arrays.copyOfRange(x, 5000, x.length - 5000);
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }
}
