package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.SeedTree;
import audiobook.testing.Signals;
import org.junit.jupiter.api.Test;

/** The bed behind the narrator: coherent bass, independent treble, darker highs, early reflections. */
class BedPlacementTest {

    private static final int RATE = 44100;
    private static final int BLOCK = AmbienceRenderer.BLOCK;

    /** Independent white noise in the field's two channels, through the placement. */
    private static float[][] placeField(int seconds) {
        Noise left = new Noise(SeedTree.root(1).child("l"));
        Noise right = new Noise(SeedTree.root(1).child("r"));
        BedPlacement placement = new BedPlacement(RATE, BLOCK);
        Bus bus = new Bus(BLOCK);
        int blocks = seconds * RATE / BLOCK;
        float[][] out = new float[2][blocks * BLOCK];
        float[] l = new float[BLOCK];
        float[] r = new float[BLOCK];
        float[][] in = new float[2][blocks * BLOCK];
        for (int b = 0; b < blocks; b++) {
            bus.clear();
            left.fill(bus.fieldLeft, BLOCK);
            right.fill(bus.fieldRight, BLOCK);
            System.arraycopy(bus.fieldLeft, 0, in[0], b * BLOCK, BLOCK);
            placement.place(bus, l, r, BLOCK);
            System.arraycopy(l, 0, out[0], b * BLOCK, BLOCK);
            System.arraycopy(r, 0, out[1], b * BLOCK, BLOCK);
        }
        return new float[][] {out[0], out[1], in[0]};
    }

    @Test
    void aDiffuseFieldComesOutCoherentInTheBassAndIndependentInTheTreble() {
        float[][] placed = placeField(30);
        assertTrue(LayerTest.correlation(LayerTest.band(placed[0], 30, 200), LayerTest.band(placed[1], 30, 200)) > 0.85);
        assertTrue(Math.abs(LayerTest.correlation(LayerTest.band(placed[0], 1000, 0), LayerTest.band(placed[1], 1000, 0)))
                < 0.05);
    }

    @Test
    void theBedKeepsItsLevelBelowFourKilohertzAndLosesThreeToSixDecibelsAbove() {
        float[][] placed = placeField(30);
        float[] in = placed[2];
        double low = Signals.rmsDb(LayerTest.band(placed[0], 100, 2000)) - Signals.rmsDb(LayerTest.band(in, 100, 2000));
        double high = Signals.rmsDb(LayerTest.band(placed[0], 4000, 16000)) - Signals.rmsDb(LayerTest.band(in, 4000, 16000));
        assertEquals(0, low, 1, "100 Hz-2 kHz");
        assertTrue(high < -3 && high > -6, "4-16 kHz: " + high + " dB");
    }

    @Test
    void earlyReflectionsFollowAClickWithinFiftyMilliseconds() {
        EarlyReflections reflections = new EarlyReflections(RATE, 4096);
        float[] l = new float[4096];
        float[] r = new float[4096];
        l[0] = 1;
        reflections.process(l, r, l.length);
        int echoes = 0;
        int last = 0;
        for (int i = 1; i < l.length; i++) {
            if (l[i] != 0 || r[i] != 0) {
                echoes++;
                last = i;
            }
        }
        assertTrue(l[0] > 0.7 && l[0] < 0.9, "the direct sound, a little lower: " + l[0]);
        assertTrue(echoes >= 6, echoes + " reflections");
        assertTrue(last < 0.05 * RATE, "the last by " + last * 1000.0 / RATE + " ms");
    }
}
