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

    @Test
    void theLoopsThatAlsoTakePlainSumsAndThePeakGiveTheSameWeightedSumsToTheBit() {
        int rate = 44100;
        float[] l = TestSignals.sine(300, 0.0, 0.5, rate);
        float[] r = TestSignals.sine(3000, 0.0, 0.5, rate);
        r[1234] = -0.9f;
        KWeighting plainLeft = new KWeighting(rate);
        KWeighting plainRight = new KWeighting(rate);
        KWeighting withLeft = new KWeighting(rate);
        KWeighting withRight = new KWeighting(rate);
        KWeighting plainMono = new KWeighting(rate);
        KWeighting withMono = new KWeighting(rate);
        for (int from = 0; from < l.length; from += 4410) {
            int to = Math.min(l.length, from + 4410);
            KWeighting.Plain stereo = new KWeighting.Plain();
            assertEquals(KWeighting.sumOfSquares(plainLeft, l, plainRight, r, from, to),
                    KWeighting.sumOfSquares(withLeft, l, withRight, r, from, to, stereo), 0);
            KWeighting.Plain mono = new KWeighting.Plain();
            assertEquals(plainMono.sumOfSquares(l, from, to), withMono.sumOfSquares(l, from, to, mono), 0);
            double left = 0;
            double right = 0;
            float peak = 0;
            for (int i = from; i < to; i++) {
                left += (double) l[i] * l[i];
                right += (double) r[i] * r[i];
                peak = Math.max(peak, Math.max(Math.abs(l[i]), Math.abs(r[i])));
            }
            assertEquals(left, stereo.left, 0);
            assertEquals(right, stereo.right, 0);
            assertEquals(peak, stereo.peak, 0);
            assertEquals(left, mono.left, 0);
        }
    }

    private static double responseDb(double f, double rate) {
        return Decibels.fromLinear(KWeighting.shelf(rate).magnitudeAt(f, rate) * KWeighting.highPass(rate).magnitudeAt(f, rate));
    }
}
