package audiobook.mix;

import audiobook.audio.Timeline;
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

    @Test
    void rarePausesInDenseNarrationAreFoundByLevel() {
        // 12 pauses of 0.3 s at -68 in a minute of speech: 6 % of the time, under the tenth percentile.
        float[][] parts = new float[24][];
        for (int k = 0; k < 12; k++) {
            parts[2 * k] = TestSignals.noise(-20, 4.7, RATE, 10 + k);
            parts[2 * k + 1] = TestSignals.noise(-68, 0.3, RATE, 40 + k);
        }
        float[] x = TestSignals.concat(parts);
        assertEquals(-68.0, LoudnessMeter.measure(new float[][] {x}, RATE).noiseFloorDbfs(), 0.5);
    }

    @Test
    void aMeterThatKnowsThePausesMeasuresTheFloorThere() {
        // Speech with quiet stretches of its own (-50, as between words) and room tone (-68) in the pauses.
        float[] x = TestSignals.concat(TestSignals.noise(-68, 1, RATE, 1), TestSignals.noise(-20, 3, RATE, 2),
                TestSignals.noise(-50, 3, RATE, 3), TestSignals.noise(-68, 0.6, RATE, 4), TestSignals.noise(-20, 3, RATE, 5),
                TestSignals.noise(-68, 2, RATE, 6));
        Timeline speech = new Timeline(RATE, x.length, new long[] {RATE, (long) (7.6 * RATE)},
                new long[] {7 * RATE, (long) (10.6 * RATE)});
        LoudnessMeter meter = new LoudnessMeter(1, RATE, speech);
        meter.accept(new float[][] {x}, x.length);
        assertEquals(-68.0, meter.report().noiseFloorDbfs(), 0.5);
    }
}
