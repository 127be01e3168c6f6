package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.testing.Signals;
import org.junit.jupiter.api.Test;

class LayerTest {

    private static final int RATE = 44100;

    private static float[][] render(Layer layer, double seconds, double intensity) {
        int blocks = (int) (seconds * RATE / AmbienceRenderer.BLOCK);
        float[][] out = new float[2][blocks * AmbienceRenderer.BLOCK];
        float[] l = new float[AmbienceRenderer.BLOCK];
        float[] r = new float[AmbienceRenderer.BLOCK];
        for (int b = 0; b < blocks; b++) {
            java.util.Arrays.fill(l, 0f);
            java.util.Arrays.fill(r, 0f);
            layer.add(l, r, l.length, intensity);
            System.arraycopy(l, 0, out[0], b * l.length, l.length);
            System.arraycopy(r, 0, out[1], b * r.length, r.length);
        }
        return out;
    }

    @Test
    void windLiesInItsBandAtAboutUnitLevelAndIsDecorrelated() {
        float[][] wind = render(new WindLayer(7, RATE, AmbienceRenderer.BLOCK, 420, 320), 20, 1);
        assertTrue(Signals.bandFraction(wind[0], RATE, 150, 1500) > 0.85, "wind band share");
        assertEquals(0, Signals.rmsDb(wind[0]), 4, "wind RMS dB at full intensity");
        assertTrue(Math.abs(correlation(wind[0], wind[1])) < 0.2, "left/right correlation");
    }

    @Test
    void rainLiesMostlyAboveTwoKilohertz() {
        float[][] rain = render(new RainLayer(3, RATE, AmbienceRenderer.BLOCK), 10, 1);
        assertTrue(Signals.bandFraction(rain[0], RATE, 2000, 22050) > 0.8);
    }

    @Test
    void thunderLiesMostlyBelowTwoHundredHertzAndIsZeroMean() {
        float[][] thunder = render(new ThunderLayer(5, RATE, frame -> true), 30, 1);
        assertTrue(Signals.rmsDb(thunder[0]) > -40, "some thunder in 30 s at full intensity");
        assertTrue(Signals.bandFraction(thunder[0], RATE, 0, 200) > 0.8);
        double mean = 0;
        for (float v : thunder[0]) {
            mean += v;
        }
        assertEquals(0, mean / thunder[0].length, 0.01);
    }

    @Test
    void thunderNeverStrikesWhereItMayNot() {
        float[][] thunder = render(new ThunderLayer(5, RATE, frame -> false), 30, 1);
        assertTrue(Signals.rmsDb(thunder[0]) < -200);
    }

    @Test
    void theSameSeedGivesTheSameSound() {
        float[][] a = render(new WindLayer(11, RATE, AmbienceRenderer.BLOCK, 420, 320), 2, 0.7);
        float[][] b = render(new WindLayer(11, RATE, AmbienceRenderer.BLOCK, 420, 320), 2, 0.7);
        assertArrayEquals(a[0], b[0]);
    }

    private static double correlation(float[] a, float[] b) {
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
