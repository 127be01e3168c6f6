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
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class ThunderTest {

    private static final int BLOCK = AmbienceRenderer.BLOCK;

    private static ThunderLayer thunder(long seed, double perMinute, LongPredicate mayStrike) {
        return new ThunderLayer(SeedTree.root(seed).child("thunder"), RATE, BLOCK, perMinute, mayStrike);
    }

    /** May strike only in the first block of every 30 s: each strike stands alone. */
    private static final LongPredicate APART = frame -> frame % (30L * RATE) < BLOCK;

    @Test
    void thunderRegistersAboveThirtyHertzAndIsZeroMean() {
        float[][] thunder = render(thunder(5, 5, frame -> true), 120, 1);
        assertTrue(Signals.rmsDb(thunder[0]) > -20, "some thunder in 120 s at full intensity");
        assertTrue(Signals.bandFraction(thunder[0], RATE, 0, 30) < 0.02, "below 30 Hz, where earbuds play nothing");
        assertTrue(Signals.bandFraction(thunder[0], RATE, 100, 300) > 0.1, "100-300 Hz, where small speakers play it");
        assertTrue(Signals.bandFraction(thunder[0], RATE, 0, 1000) > 0.8, "a rumble, mostly");
        assertEquals(0, LayerTest.mean(thunder[0]), 0.01);
    }

    @Test
    void eachStrikeIsAboutUnitLevelTailsLastEightToEighteenSecondsAndNearOnesCrack() {
        ThunderLayer layer = thunder(8, 6, APART);
        float[] thunder = render(layer, 600, 1)[0];
        List<Long> onsets = layer.onsets();
        assertTrue(onsets.size() >= 15, onsets.size() + " strikes");
        List<Double> cracks = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        for (long onset : onsets) {
            int start = (int) onset;
            int end = (int) Math.min(thunder.length, onset + 25L * RATE);
            int window = RATE / 10;
            double peak = -300;
            int lastLoud = start;
            for (int w = start; w + window <= end; w += window) {
                double db = Signals.rmsDb(thunder, w, w + window);
                peak = Math.max(peak, db);
                lastLoud = db > peak - 50 ? w + window : lastLoud;
            }
            double tail = (lastLoud - start) / (double) RATE;
            assertTrue(tail > 7 && tail < 18.6, "tail to -50 dB: " + tail + " s");
            levels.add(Signals.rmsDb(thunder, start, lastLoud));
            float[] onsetWindow = java.util.Arrays.copyOfRange(thunder, start, start + (int) (0.3 * RATE));
            cracks.add(10 * Math.log10(LayerTest.meanSquare(band(onsetWindow, 1000, 0)) / LayerTest.meanSquare(onsetWindow)));
        }
        levels.sort(null);
        double median = levels.get(levels.size() / 2);
        assertEquals(0, median, 4, "a strike's RMS over its length, dB: " + levels);
        double loudest = cracks.stream().mapToDouble(d -> d).max().orElseThrow();
        double quietest = cracks.stream().mapToDouble(d -> d).min().orElseThrow();
        assertTrue(loudest > -10, "a near strike's onset above 1 kHz: " + loudest + " dB of its energy");
        assertTrue(quietest < -20, "a far one has no crack: " + quietest + " dB");
    }

    @Test
    void strikesComeFromDifferentPlaces() {
        ThunderLayer layer = thunder(4, 6, APART);
        float[][] thunder = render(layer, 400, 1);
        double least = 0;
        double most = 0;
        for (long onset : layer.onsets()) {
            int from = (int) onset;
            int to = (int) Math.min(thunder[0].length, onset + 5L * RATE);
            double balance = Signals.rmsDb(thunder[0], from, to) - Signals.rmsDb(thunder[1], from, to);
            least = Math.min(least, balance);
            most = Math.max(most, balance);
        }
        assertTrue(most - least > 6, "left/right balance of strikes from " + least + " to " + most + " dB");
    }

    @Test
    void thunderStrikesAtTheSetRateAndNeverCloserThanTheGap() {
        ThunderLayer layer = thunder(5, 4, frame -> true);
        render(layer, 900, 1);
        List<Long> onsets = layer.onsets();
        assertEquals(60, onsets.size(), 15, "one per 15 s on average over 900 s");
        for (int k = 1; k < onsets.size(); k++) {
            assertTrue(onsets.get(k) - onsets.get(k - 1) >= ThunderLayer.MIN_GAP_SECONDS * RATE - BLOCK,
                    "gap before " + onsets.get(k));
        }
    }

    @Test
    void thunderNeverStrikesWhereItMayNotNorBelowItsThreshold() {
        assertTrue(Signals.rmsDb(render(thunder(5, 6, frame -> false), 60, 1)[0]) < -200);
        assertTrue(Signals.rmsDb(render(thunder(5, 6, frame -> true), 60, 0.3)[0]) < -200);
    }

    @Test
    void aStrikeThatFallsDueDuringSpeechWaitsForThePause() {
        // Speech everywhere but one pause at 40 s: the strike due long before lands in it.
        long pause = 40L * RATE;
        float[] thunder = render(thunder(5, 6, frame -> frame >= pause && frame < pause + RATE), 50, 1)[0];
        int onset = LayerTest.firstSound(thunder);
        assertTrue(onset >= pause && onset < pause + RATE, "onset at " + onset / (double) RATE + " s");
    }
}
