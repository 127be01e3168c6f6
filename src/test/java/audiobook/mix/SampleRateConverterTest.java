package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.testing.Signals;
import org.junit.jupiter.api.Test;

class SampleRateConverterTest {

    @Test
    void aSineKeepsItsFrequencyAndGainsNoEnergyAboveEightKilohertz() {
        float[] in = new float[16000 * 2];
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 16000.0));
        }
        float[] out = SampleRateConverter.convert(in, 16000, 44100);
        assertEquals(Math.round(in.length * 44100 / 16000.0), out.length);
        int crossings = 0;
        for (int i = 44100 / 2 + 1; i < 44100 * 3 / 2; i++) {
            if (out[i - 1] < 0 && out[i] >= 0) {
                crossings++;
            }
        }
        assertEquals(1000, crossings, 1);
        assertTrue(10 * Math.log10(Signals.bandFraction(out, 44100, 8000, 22050)) < -60);
    }

    @Test
    void anImpulseLandsWhereTheRatioSays() {
        float[] in = new float[1600];
        in[800] = 1;
        float[] out = SampleRateConverter.convert(in, 16000, 44100);
        int peak = 0;
        for (int i = 0; i < out.length; i++) {
            if (Math.abs(out[i]) > Math.abs(out[peak])) {
                peak = i;
            }
        }
        assertEquals(800 * 44100 / 16000.0, peak, 1.5);
    }
}
