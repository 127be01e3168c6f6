package audiobook.soundscape;

import static audiobook.soundscape.LayerTest.RATE;
import static audiobook.soundscape.LayerTest.band;
import static audiobook.soundscape.LayerTest.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.SeedTree;
import audiobook.testing.Signals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeaTest {

    private static final int BLOCK = AmbienceRenderer.BLOCK;

    private static SeaLayer sea(long seed, double crests, double hull, double rigging) {
        return new SeaLayer(SeedTree.root(seed).child("sea"), RATE, BLOCK, 9, crests, 0.5, hull, rigging);
    }

    @Test
    void theSeaIsAboutUnitLevelWithItsSwellBelowTwoHundredHertz() {
        float[][] sea = render(sea(2, 0.6, 0, 0), 180, 1);
        assertEquals(0, Signals.rmsDb(sea[0]), 3);
        double swell = Signals.bandFraction(sea[0], RATE, 20, 200);
        assertTrue(swell > 0.35 && swell < 0.85, "swell share " + swell);
        assertTrue(Signals.bandFraction(sea[0], RATE, 0, 18) < 0.01);
    }

    @Test
    void wavesComeAtRandomPeriodsOfSixToTwelveSeconds() {
        float[] swell = band(render(sea(4, 0, 0, 0), 600, 1)[0], 20, 200);
        double[] level = new double[swell.length / (RATE / 10)];
        for (int w = 0; w < level.length; w++) {
            level[w] = Signals.rmsDb(swell, w * RATE / 10, (w + 1) * RATE / 10);
        }
        level = LayerTest.smooth(level, 15);
        List<Double> periods = new ArrayList<>();
        int lastPeak = -1;
        for (int i = 1; i + 1 < level.length; i++) {
            if (level[i] >= level[i - 1] && level[i] > level[i + 1] && isPeak(level, i, 25)) {
                if (lastPeak >= 0) {
                    periods.add((i - lastPeak) / 10.0);
                }
                lastPeak = i;
            }
        }
        assertTrue(periods.size() > 40, periods.size() + " waves in 10 minutes");
        double mean = periods.stream().mapToDouble(p -> p).average().orElseThrow();
        double spread = Math.sqrt(periods.stream().mapToDouble(p -> (p - mean) * (p - mean)).average().orElseThrow());
        assertTrue(mean > 7.5 && mean < 10.5, "mean period " + mean);
        assertTrue(spread > 0.8, "periods vary: spread " + spread + " s");
    }

    private static boolean isPeak(double[] x, int at, int halfWidth) {
        for (int j = Math.max(0, at - halfWidth); j < Math.min(x.length, at + halfWidth + 1); j++) {
            if (x[j] > x[at]) {
                return false;
            }
        }
        return true;
    }

    @Test
    void crestsBreakAsBroadbandBursts() {
        float[] calm = render(sea(6, 0, 0, 0), 120, 1)[0];
        float[] breaking = render(sea(6, 1, 0, 0), 120, 1)[0];
        double calmHigh = Signals.rmsDb(band(calm, 500, 8000));
        double[] high = windows(band(breaking, 500, 8000), RATE / 4);
        java.util.Arrays.sort(high);
        assertTrue(Signals.rmsDb(band(breaking, 500, 8000)) - calmHigh > 4, "crests add to the mid and high bands");
        assertTrue(high[high.length * 95 / 100] - high[high.length / 2] > 6, "in bursts, not a steady hiss");
    }

    @Test
    void aShipAddsHullThumpsAndCreakingRiggingAndLeavesTheWavesAlone() {
        float[][] sea = render(sea(8, 0.6, 0, 0), 120, 1);
        float[][] ship = render(sea(8, 0.6, 1, 1), 120, 1);
        float[] added = new float[sea[0].length];
        for (int i = 0; i < added.length; i++) {
            added[i] = ship[0][i] - sea[0][i];
        }
        assertTrue(Signals.rmsDb(added) > -25, "the ship is heard: " + Signals.rmsDb(added));
        assertTrue(Signals.bandFraction(added, RATE, 30, 150) > 0.2, "thumps");
        assertTrue(Signals.bandFraction(added, RATE, 400, 2500) > 0.2, "creaks");
    }

    private static double[] windows(float[] x, int size) {
        double[] db = new double[x.length / size];
        for (int w = 0; w < db.length; w++) {
            db[w] = Signals.rmsDb(x, w * size, (w + 1) * size);
        }
        return db;
    }
}
