package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoudnessMeterTest {

    @Test
    void stereoSineAtMinus23DbfsReadsMinus23Lufs() {
        for (int rate : new int[] {44100, 48000}) {
            float[] tone = TestSignals.sine(1000, -23.0, 20.0, rate);
            LoudnessReport r = LoudnessMeter.measure(new float[][] {tone, tone}, rate);
            assertEquals(-23.0, r.integratedLufs(), 0.1, "at " + rate + " Hz");
        }
    }

    @Test
    void monoFullScaleSineAt997HzReadsMinus3Lufs() {
        float[] tone = TestSignals.sine(997, 0.0, 10.0, 48000);
        LoudnessReport r = LoudnessMeter.measure(new float[][] {tone}, 48000);
        assertEquals(-3.01, r.integratedLufs(), 0.1);
        assertEquals(-3.01, r.rmsDbfs(), 0.01);
        assertEquals(0.0, r.samplePeakDbfs(), 0.01);
        assertEquals(10.0, r.durationSeconds(), 1e-9);
    }

    @Test
    void absoluteGateIgnoresNearSilence() {
        int rate = 48000;
        float[] loud = TestSignals.sine(1000, -20.0, 20.0, rate);
        float[] both = TestSignals.concat(loud, TestSignals.sine(1000, -80.0, 20.0, rate));
        double alone = LoudnessMeter.measure(new float[][] {loud}, rate).integratedLufs();
        assertEquals(alone, LoudnessMeter.measure(new float[][] {both}, rate).integratedLufs(), 0.05);
    }

    @Test
    void relativeGateIgnoresPassagesMoreThan10LuBelowTheRest() {
        int rate = 48000;
        float[] loud = TestSignals.sine(1000, -20.0, 20.0, rate);
        float[] both = TestSignals.concat(loud, TestSignals.sine(1000, -35.0, 20.0, rate));
        double alone = LoudnessMeter.measure(new float[][] {loud}, rate).integratedLufs();
        // ungated, the mean energy would read 2.8 LU lower
        assertEquals(alone, LoudnessMeter.measure(new float[][] {both}, rate).integratedLufs(), 0.1);
    }

    @Test
    void silenceReadsMinusInfinity() {
        LoudnessReport r = LoudnessMeter.measure(new float[][] {new float[48000], new float[48000]}, 48000);
        assertEquals(Double.NEGATIVE_INFINITY, r.integratedLufs());
        assertEquals(Double.NEGATIVE_INFINITY, r.rmsDbfs());
        assertEquals(Double.NEGATIVE_INFINITY, r.truePeakDbtp());
        assertEquals(Double.NEGATIVE_INFINITY, r.noiseFloorDbfs());
    }

    @Test
    void truePeakFindsTheCrestBetweenSamples() {
        int rate = 44100;
        // at fs/4 with a 45 degree phase every sample sits 3.01 dB below the crest
        float[] tone = TruePeakFilterTest.faded(TestSignals.sine(rate / 4.0, -6.0, 1.0, rate, Math.PI / 4));
        LoudnessReport r = LoudnessMeter.measure(new float[][] {tone}, rate);
        assertEquals(-9.01, r.samplePeakDbfs(), 0.01);
        assertEquals(-6.0, r.truePeakDbtp(), 0.3);
    }

    @Test
    void truePeakOfALowSineEqualsItsSamplePeak() {
        float[] tone = TestSignals.sine(100, -1.0, 1.0, 44100);
        LoudnessReport r = LoudnessMeter.measure(new float[][] {tone}, 44100);
        assertEquals(-1.0, r.truePeakDbtp(), 0.01);
    }

    @Test
    void loudnessRangeFollowsEbuTech3342Cases() {
        int rate = 48000;
        double[][] cases = {{-20, -30, 10}, {-20, -15, 5}, {-40, -20, 20}};
        for (double[] c : cases) {
            float[] x = TestSignals.concat(TestSignals.sine(1000, c[0], 20, rate), TestSignals.sine(1000, c[1], 20, rate));
            LoudnessReport r = LoudnessMeter.measure(new float[][] {x, x}, rate);
            assertEquals(c[2], r.loudnessRangeLu(), 1.0, "case " + c[0] + " / " + c[1]);
        }
    }

    @Test
    void streamingInOddBlocksGivesTheSameReport() {
        int rate = 44100;
        float[][] x = TestSignals.speechLike(2, 12.0, rate, -20, -60, 7);
        LoudnessReport whole = LoudnessMeter.measure(x, rate);
        LoudnessMeter meter = new LoudnessMeter(2, rate);
        int[] sizes = {1, 7, 4410, 999, 20000, 3};
        int at = 0;
        for (int k = 0; at < x[0].length; k++) {
            int n = Math.min(sizes[k % sizes.length], x[0].length - at);
            meter.accept(x, at, n);
            at += n;
        }
        LoudnessReport streamed = meter.report();
        assertEquals(whole.integratedLufs(), streamed.integratedLufs(), 1e-9);
        assertEquals(whole.rmsDbfs(), streamed.rmsDbfs(), 1e-9);
        assertEquals(whole.truePeakDbtp(), streamed.truePeakDbtp(), 1e-9);
        assertEquals(whole.noiseFloorDbfs(), streamed.noiseFloorDbfs(), 1e-9);
        assertEquals(whole.loudnessRangeLu(), streamed.loudnessRangeLu(), 1e-9);
    }

    @Test
    void refusesMoreThanTwoChannels() {
        assertThrows(IllegalArgumentException.class, () -> new LoudnessMeter(3, 48000));
    }

    @Test
    void rmsCountsEveryChannelAndSample() {
        int rate = 44100;
        float[] tone = TestSignals.sine(440, 0.0, 2.0, rate);
        LoudnessReport r = LoudnessMeter.measure(new float[][] {tone, new float[tone.length]}, rate);
        assertEquals(-6.02, r.rmsDbfs(), 0.01);
        assertTrue(r.truePeakDbtp() >= r.samplePeakDbfs());
    }
}
