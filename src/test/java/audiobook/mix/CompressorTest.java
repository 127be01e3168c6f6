package audiobook.mix;

import audiobook.audio.Decibels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompressorTest {

    private final Compressor dry = Compressor.forDryMaster(44100);

    @Test
    void tabledGainIsWithinTwoTenMillionthsOfTheExactOneAboveTheKnee() {
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 200_000; k++) {
            double level = Decibels.toLinear(-16 + 46 * random.nextDouble()); // the knee's start to +30 dBFS
            assertEquals(1.0, dry.gain(level) / dry.exactGain(level), 2e-7, "at " + Decibels.fromLinear(level) + " dBFS");
        }
    }

    @Test
    void theGainFollowsTheKneeAndTheRatio() {
        assertEquals(1.0, dry.gain(Decibels.toLinear(-16)), 1e-7, "no gain at the knee's start");
        assertEquals(-0.5, Decibels.fromLinear(dry.gain(Decibels.toLinear(-12))), 1e-5, "half the knee's 1 dB at threshold");
        // 2:1 above the knee: 8 dB over the threshold come out 4 dB over.
        assertEquals(-4.0, Decibels.fromLinear(dry.gain(Decibels.toLinear(-4))), 1e-5);
    }

    @Test
    void aSustainedLoudToneIsBroughtDownByTheRatio() {
        float[] x = new float[44100];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (Decibels.toLinear(-4) * Math.sin(2 * Math.PI * 200 * i / 44100.0));
        }
        dry.process(x, x.length);
        double peak = 0;
        for (int i = x.length / 2; i < x.length; i++) {
            peak = Math.max(peak, Math.abs(x[i]));
        }
        double outDb = Decibels.fromLinear(peak);
        assertTrue(outDb < -7.0 && outDb > -8.5, "peak after compression " + outDb + " dBFS");
    }
}
