package audiobook.mix;

import audiobook.audio.BiquadCoefficients;
import audiobook.audio.Decibels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class KWeightingTest {

    private static final double EXACT = 1e-9;

    @Test
    void coefficientsAt48kHzMatchTheBs1770Table() {
        BiquadCoefficients shelf = KWeighting.shelf(48000);
        assertEquals(1.53512485958697, shelf.b0(), EXACT);
        assertEquals(-2.69169618940638, shelf.b1(), EXACT);
        assertEquals(1.19839281085285, shelf.b2(), EXACT);
        assertEquals(-1.69065929318241, shelf.a1(), EXACT);
        assertEquals(0.73248077421585, shelf.a2(), EXACT);
        BiquadCoefficients highPass = KWeighting.highPass(48000);
        assertEquals(1.0, highPass.b0(), 0.0);
        assertEquals(-2.0, highPass.b1(), 0.0);
        assertEquals(1.0, highPass.b2(), 0.0);
        assertEquals(-1.99004745483398, highPass.a1(), EXACT);
        assertEquals(0.99007225036621, highPass.a2(), EXACT);
    }

    @Test
    void coefficientsAt44100HzMatchLibebur128() {
        BiquadCoefficients shelf = KWeighting.shelf(44100);
        assertEquals(1.53084123005035, shelf.b0(), EXACT);
        assertEquals(-2.65097999515473, shelf.b1(), EXACT);
        assertEquals(1.16907907992159, shelf.b2(), EXACT);
        assertEquals(-1.66365511325602, shelf.a1(), EXACT);
        assertEquals(0.71259542807323, shelf.a2(), EXACT);
        BiquadCoefficients highPass = KWeighting.highPass(44100);
        assertEquals(-1.98916967362980, highPass.a1(), EXACT);
        assertEquals(0.98919903578704, highPass.a2(), EXACT);
    }

    @Test
    void responseAt44100HzFollowsThe48kHzCurveBelow10kHz() {
        for (double f : new double[] {20, 40, 100, 500, 997, 2000, 5000, 10000}) {
            assertEquals(responseDb(f, 48000), responseDb(f, 44100), 0.05, "at " + f + " Hz");
        }
    }

    @Test
    void filterGainMatchesTheResponseCurve() {
        int rate = 44100;
        KWeighting filter = new KWeighting(rate);
        float[] tone = TestSignals.sine(100, 0.0, 2.0, rate);
        filter.sumOfSquares(tone, 0, rate); // settle for one second
        double meanSquare = filter.sumOfSquares(tone, rate, 2 * rate) / rate;
        assertEquals(responseDb(100, rate) - 3.0103, Decibels.fromPower(meanSquare), 0.01);
    }

    private static double responseDb(double f, double rate) {
        return Decibels.fromLinear(KWeighting.shelf(rate).magnitudeAt(f, rate) * KWeighting.highPass(rate).magnitudeAt(f, rate));
    }
}
