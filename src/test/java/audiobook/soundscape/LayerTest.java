package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.testing.Signals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each procedural layer, rendered alone at a fixed intensity and measured. */
class LayerTest {

    static final int RATE = 44100;
    private static final int BLOCK = AmbienceRenderer.BLOCK;

    static float[][] render(Layer layer, double seconds, double intensity) {
        int blocks = (int) (seconds * RATE / BLOCK);
        float[][] out = new float[2][blocks * BLOCK];
        float[] l = new float[BLOCK];
        float[] r = new float[BLOCK];
        for (int b = 0; b < blocks; b++) {
            java.util.Arrays.fill(l, 0f);
            java.util.Arrays.fill(r, 0f);
            layer.add(l, r, BLOCK, intensity);
            System.arraycopy(l, 0, out[0], b * BLOCK, BLOCK);
            System.arraycopy(r, 0, out[1], b * BLOCK, BLOCK);
        }
        return out;
    }

    @Test
    void windLiesInItsBandAtAboutUnitLevelAndIsDecorrelated() {
        float[][] wind = render(new WindLayer(7, RATE, BLOCK), 20, 1);
        assertTrue(Signals.bandFraction(wind[0], RATE, 150, 1500) > 0.9, "wind band share");
        assertEquals(0, Signals.rmsDb(wind[0]), 3, "wind RMS dB at full intensity");
        assertTrue(Math.abs(correlation(wind[0], wind[1])) < 0.1, "left/right correlation");
    }

    @Test
    void windParametersMoveItsBand() {
        float[][] high = render(new WindLayer(7, RATE, BLOCK, 1600, 300, 1, 0.35), 10, 1);
        float[][] low = render(new WindLayer(7, RATE, BLOCK, 240, 180, 0.8, 0), 10, 1);
        assertTrue(Signals.bandFraction(high[0], RATE, 1000, 4000) > 0.85, "a wind centred at 1.6 kHz");
        assertTrue(Signals.bandFraction(low[0], RATE, 80, 800) > 0.9, "a low, dry wind");
        assertTrue(Signals.bandFraction(high[0], RATE, 80, 800) < 0.1);
    }

    @Test
    void aWideWindBandStaysInBandAtLowIntensity() {
        // TarsosDSP's resonator leaked most of this above 1.5 kHz; the body is an RBJ band-pass now.
        float[][] calm = render(new WindLayer(7, RATE, BLOCK, 300, 600, 0.15, 0), 10, 0.2);
        assertTrue(Signals.bandFraction(calm[0], RATE, 60, 1500) > 0.9);
    }

    @Test
    void rainLiesMostlyAboveTwoKilohertzAtAboutUnitLevel() {
        float[][] rain = render(new RainLayer(3, RATE, BLOCK), 10, 1);
        assertTrue(Signals.bandFraction(rain[0], RATE, 2000, 22050) > 0.9);
        assertEquals(0, Signals.rmsDb(rain[0]), 3);
        assertTrue(Math.abs(correlation(rain[0], rain[1])) < 0.1);
    }

    @Test
    void thunderLiesMostlyBelowTwoHundredHertzAndIsZeroMean() {
        float[][] thunder = render(new ThunderLayer(5, RATE, 5, frame -> true), 60, 1);
        assertTrue(Signals.rmsDb(thunder[0]) > -20, "some thunder in 60 s at full intensity");
        assertTrue(Signals.bandFraction(thunder[0], RATE, 0, 200) > 0.8);
        assertEquals(0, mean(thunder[0]), 0.01);
        assertTrue(Math.abs(correlation(thunder[0], thunder[1])) < 0.2);
    }

    @Test
    void thunderStrikesAtTheSetRateAndNeverOverlaps() {
        float[] thunder = render(new ThunderLayer(5, RATE, 4, frame -> true), 900, 1)[0];
        List<Integer> onsets = new ArrayList<>();
        for (int i = 1; i < thunder.length; i++) {
            if (thunder[i] != 0 && thunder[i - 1] == 0 && (onsets.isEmpty() || i - onsets.get(onsets.size() - 1) > RATE)) {
                onsets.add(i);
            }
        }
        assertEquals(60, onsets.size(), 15, "one per 15 s on average over 900 s");
        for (int k = 1; k < onsets.size(); k++) {
            assertTrue(onsets.get(k) - onsets.get(k - 1) >= 9 * RATE - AmbienceRenderer.BLOCK, "gap before " + onsets.get(k));
        }
    }

    @Test
    void thunderNeverStrikesWhereItMayNotNorBelowItsThreshold() {
        assertTrue(Signals.rmsDb(render(new ThunderLayer(5, RATE, 6, frame -> false), 60, 1)[0]) < -200);
        assertTrue(Signals.rmsDb(render(new ThunderLayer(5, RATE, 6, frame -> true), 60, 0.3)[0]) < -200);
    }

    @Test
    void aStrikeThatFallsDueDuringSpeechWaitsForThePause() {
        // Speech everywhere but one pause at 40 s: the strike due long before lands in it.
        long pause = 40L * RATE;
        float[] thunder = render(new ThunderLayer(5, RATE, 6, frame -> frame >= pause && frame < pause + RATE), 50, 1)[0];
        int onset = firstSound(thunder);
        assertTrue(onset >= pause && onset < pause + RATE, "onset at " + onset / (double) RATE + " s");
    }

    @Test
    void debrisRattlesSparselyInItsBandPeakingNearFullScale() {
        float[][] debris = render(new DebrisLayer(9, RATE, BLOCK, 8, 2500), 120, 1);
        assertTrue(Signals.bandFraction(debris[0], RATE, 700, 8000) > 0.9, "debris band share");
        assertEquals(0, 20 * Math.log10(peak(debris[0])), 4, "loudest click in dBFS");
        int window = RATE / 20;
        int sounding = 0;
        int windows = debris[0].length / window;
        for (int w = 0; w < windows; w++) {
            sounding += Signals.rmsDb(debris[0], w * window, (w + 1) * window) > -60 ? 1 : 0;
        }
        assertTrue(sounding > 0.02 * windows && sounding < 0.25 * windows, sounding + " of " + windows + " windows");
        assertEquals(0, mean(debris[0]), 1e-3);
        assertTrue(Math.abs(correlation(debris[0], debris[1])) < 0.2);
    }

    @Test
    void debrisRattlesMoreOftenAtHigherIntensity() {
        double quiet = Signals.rmsDb(render(new DebrisLayer(9, RATE, BLOCK, 8, 2500), 120, 0.2)[0]);
        double busy = Signals.rmsDb(render(new DebrisLayer(9, RATE, BLOCK, 8, 2500), 120, 1)[0]);
        assertTrue(busy - quiet > 4, busy + " vs " + quiet);
    }

    @Test
    void theSameSeedGivesTheSameSoundAndAnotherSeedAnother() {
        assertArrayEquals(render(new WindLayer(11, RATE, BLOCK), 2, 0.7)[0], render(new WindLayer(11, RATE, BLOCK), 2, 0.7)[0]);
        assertArrayEquals(render(new RainLayer(11, RATE, BLOCK), 2, 0.7)[1], render(new RainLayer(11, RATE, BLOCK), 2, 0.7)[1]);
        assertArrayEquals(render(new DebrisLayer(11, RATE, BLOCK, 60, 2500), 5, 1)[0],
                render(new DebrisLayer(11, RATE, BLOCK, 60, 2500), 5, 1)[0]);
        assertTrue(Math.abs(correlation(render(new WindLayer(11, RATE, BLOCK), 2, 0.7)[0],
                render(new WindLayer(12, RATE, BLOCK), 2, 0.7)[0])) < 0.1);
    }

    static int firstSound(float[] x) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    private static double peak(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    private static double mean(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v;
        }
        return sum / x.length;
    }

    static double correlation(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return ab / Math.sqrt(aa * bb);
    }
}
