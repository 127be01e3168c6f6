package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoiseFloorTest {

    private static final int RATE = 44100;

    @Test
    void speechWithRoomTonePausesReadsTheRoomTone() {
        float[][] x = TestSignals.speechLike(1, 60.0, RATE, -18, -65, 1);
        LoudnessReport r = LoudnessMeter.measure(x, RATE);
        assertEquals(-65.0, r.noiseFloorDbfs(), 0.5);
        assertTrue(r.rmsDbfs() > -25, "the bursts dominate the RMS");
    }

    @Test
    void stereoRoomToneReadsTheSameAsMono() {
        float[][] x = TestSignals.speechLike(2, 60.0, RATE, -18, -62, 2);
        assertEquals(-62.0, LoudnessMeter.measure(x, RATE).noiseFloorDbfs(), 0.5);
    }

    @Test
    void digitalSilenceInThePausesReadsMinusInfinity() {
        float[][] x = TestSignals.speechLike(1, 60.0, RATE, -18, Double.NEGATIVE_INFINITY, 3);
        assertEquals(Double.NEGATIVE_INFINITY, LoudnessMeter.measure(x, RATE).noiseFloorDbfs());
    }

    @Test
    void steadyNoiseReadsItsOwnLevel() {
        float[] x = TestSignals.noise(-40, 10.0, RATE, 4);
        assertEquals(-40.0, LoudnessMeter.measure(new float[][] {x}, RATE).noiseFloorDbfs(), 0.3);
    }

    @Test
    void pausesRarerThanTheQuietestTenthReadHigh() {
        // 5 % pauses at -70: the tenth percentile falls into the bursts, so the floor reads far above -70
        float[] x = TestSignals.concat(TestSignals.noise(-70, 0.5, RATE, 5), TestSignals.noise(-20, 9.5, RATE, 6));
        assertTrue(LoudnessMeter.measure(new float[][] {x}, RATE).noiseFloorDbfs() > -25);
    }

    @Test
    void aPieceShorterThanOneWindowIsJudgedByWhatItHas() {
        float[] x = TestSignals.noise(-50, 0.02, RATE, 8);
        assertEquals(-50.0, LoudnessMeter.measure(new float[][] {x}, RATE).noiseFloorDbfs(), 0.5);
    }
}
