package audiobook.soundscape;

import audiobook.audio.Biquad;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.SeedTree;
import audiobook.testing.Signals;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each procedural layer, rendered alone at a fixed intensity and measured (thunder: ThunderTest; sea: SeaTest). */
class LayerTest {

    static final int RATE = 44100;
    private static final int BLOCK = AmbienceRenderer.BLOCK;

    /** The layer's field and direct sound summed, before the bed's placement; the weather (or null) advanced a block at a time. */
    static float[][] render(Layer layer, Weather weather, double seconds, double intensity) {
        int blocks = (int) (seconds * RATE / BLOCK);
        float[][] out = new float[2][blocks * BLOCK];
        Bus bus = new Bus(BLOCK);
        for (int b = 0; b < blocks; b++) {
            bus.clear();
            if (weather != null) {
                weather.advance(BLOCK);
            }
            layer.add(bus, BLOCK, intensity, intensity);
            for (int i = 0; i < BLOCK; i++) {
                out[0][b * BLOCK + i] = bus.fieldLeft[i] + bus.directLeft[i];
                out[1][b * BLOCK + i] = bus.fieldRight[i] + bus.directRight[i];
            }
        }
        return out;
    }

    static float[][] render(Layer layer, double seconds, double intensity) {
        return render(layer, null, seconds, intensity);
    }

    static Weather weather(long seed) {
        return new Weather(SeedTree.root(seed).child("weather"), RATE);
    }

    private static WindLayer wind(long seed, Weather weather) {
        return new WindLayer(SeedTree.root(seed).child("wind"), weather, RATE, BLOCK);
    }

    @Test
    void windIsAboutUnitLevelInThreeLayers() {
        float[][] wind = render(wind(7, weather(7)), weather(7), 60, 1);
        assertEquals(0, Signals.rmsDb(wind[0]), 3, "wind RMS dB at full intensity");
        double body = Signals.bandFraction(wind[0], RATE, 40, 250);
        double whoosh = Signals.bandFraction(wind[0], RATE, 250, 1500);
        double air = Signals.bandFraction(wind[0], RATE, 2000, 8000);
        assertTrue(body > 0.2 && body < 0.55, "body 40-250 Hz: " + body);
        assertTrue(whoosh > 0.3 && whoosh < 0.7, "whoosh 250-1500 Hz: " + whoosh);
        assertTrue(air > 0.03 && air < 0.25, "air 2-8 kHz: " + air);
        assertTrue(Signals.bandFraction(wind[0], RATE, 0, 30) < 0.01, "nothing below the body");
    }

    @Test
    void windIsCoherentInTheBassAndDecorrelatedAboveAKilohertz() {
        float[][] wind = render(wind(7, weather(7)), weather(7), 30, 1);
        assertTrue(correlation(band(wind[0], 0, 150), band(wind[1], 0, 150)) > 0.8, "bass: one source in the middle");
        // The gust and the wires come from places, but reach the two ears at different times.
        assertTrue(Math.abs(correlation(band(wind[0], 1000, 0), band(wind[1], 1000, 0))) < 0.15, "above 1 kHz");
    }

    @Test
    void theAirRisesWithEachGustAndLagsIt() {
        Weather weather = weather(3);
        WindLayer wind = wind(3, weather);
        int blocks = (int) (600.0 * RATE / BLOCK);
        double[] gust = new double[blocks];
        double[] air = new double[blocks];
        double[] pitch = new double[blocks];
        Bus bus = new Bus(BLOCK);
        // Above 4 kHz: the air alone, clear of the whoosh's upper slope.
        Biquad[] high = {Biquad.highPass(4000, 0.7071, RATE), Biquad.lowPass(8000, 0.7071, RATE)};
        Biquad[] mid = {Biquad.highPass(250, 0.7071, RATE), Biquad.lowPass(1500, 0.7071, RATE)};
        float[] x = new float[BLOCK];
        float[] y = new float[BLOCK];
        for (int b = 0; b < blocks; b++) {
            bus.clear();
            weather.advance(BLOCK);
            gust[b] = weather.gust();
            wind.add(bus, BLOCK, 1, 1);
            System.arraycopy(bus.fieldLeft, 0, x, 0, BLOCK);
            Biquad.cascade(x, BLOCK, high[0], high[1]);
            air[b] = meanSquare(x);
            System.arraycopy(bus.fieldLeft, 0, y, 0, BLOCK);
            Biquad.cascade(y, BLOCK, mid[0], mid[1]);
            pitch[b] = zeroCrossings(y);
        }
        double[] airDb = smooth(toDb(air), 20);
        int bestLag = 0;
        double best = -1;
        for (int lag = -40; lag <= 120; lag++) {
            double r = correlation(gust, airDb, lag);
            if (r > best) {
                best = r;
                bestLag = lag;
            }
        }
        double lagSeconds = bestLag * BLOCK / (double) RATE;
        assertTrue(best > 0.6, "air follows the gust: r = " + best);
        assertTrue(lagSeconds > 0.3 && lagSeconds < 2.5, "and lags it: " + lagSeconds + " s");
        assertTrue(correlation(gust, smooth(pitch, 20), 0) > 0.4, "the whoosh's pitch rises with the gust");
    }

    @Test
    void gustsTurnOnNoGridAtAnyPeriod() {
        Weather weather = weather(11);
        double blockSeconds = (double) BLOCK / RATE;
        List<Double> turns = new ArrayList<>();
        double previous = weather.gust();
        int direction = 0;
        for (int b = 1; b < (int) (3600 / blockSeconds); b++) {
            weather.advance(BLOCK);
            double g = weather.gust();
            int now = Double.compare(g, previous);
            if (now != 0 && direction != 0 && now != direction) {
                turns.add(b * blockSeconds);
            }
            direction = now != 0 ? now : direction;
            previous = g;
        }
        assertTrue(turns.size() > 1000, turns.size() + " turning points in an hour");
        for (double period = 1; period <= 12; period += 0.01) {
            double share = bestGridShare(turns, period, 0.25);
            assertTrue(share < 0.5 / period + 0.06, String.format("%.0f %% of turns near a %.2f s grid", 100 * share, period));
        }
    }

    /** The share of the times within {@code tolerance} of the grid k * period, at the grid's best phase. */
    static double bestGridShare(List<Double> times, double period, double tolerance) {
        double best = 0;
        for (double phase = 0; phase < period; phase += 0.05) {
            int near = 0;
            for (double t : times) {
                double d = Math.abs(((t - phase) % period + 1.5 * period) % period - period / 2);
                near += d <= tolerance ? 1 : 0;
            }
            best = Math.max(best, (double) near / times.size());
        }
        return best;
    }

    @Test
    void windParametersMoveItsBand() {
        float[][] high = render(new WindLayer(SeedTree.root(7), weather(7), RATE, BLOCK, 1600, 300, 1, 0.35, 0, 0.35),
                weather(7), 10, 1);
        float[][] low = render(new WindLayer(SeedTree.root(7), weather(7), RATE, BLOCK, 240, 180, 0.8, 0, 0.6, 0),
                weather(7), 10, 1);
        assertTrue(Signals.bandFraction(high[0], RATE, 700, 12000) > 0.9, "a wind centred at 1.6 kHz, without its body");
        assertTrue(Signals.bandFraction(low[0], RATE, 40, 1500) > 0.9, "a low, dry wind");
        assertTrue(Signals.bandFraction(high[0], RATE, 250, 700) < Signals.bandFraction(low[0], RATE, 250, 700) / 3);
    }

    @Test
    void aWideLowWindStaysLowAtSmallIntensity() {
        float[][] calm = render(new WindLayer(SeedTree.root(7), weather(7), RATE, BLOCK, 300, 600, 0.15, 0, 0.6, 0.35),
                weather(7), 10, 0.2);
        assertTrue(Signals.bandFraction(calm[0], RATE, 30, 1500) > 0.85);
    }

    private static RainLayer rain(long seed, Weather weather) {
        return new RainLayer(SeedTree.root(seed).child("rain"), weather, RATE, BLOCK);
    }

    @Test
    void rainIsAboutUnitLevelWithDropsOneCanHear() {
        float[][] rain = render(rain(3, weather(3)), weather(3), 30, 1);
        assertEquals(0, Signals.rmsDb(rain[0]), 3);
        // Gaussian noise has a kurtosis of 3: a stationary hiss. Sparse, loud drops raise it far above.
        double k = kurtosis(band(rain[0], 2000, 0));
        assertTrue(k > 6, "kurtosis above 2 kHz: " + k);
        assertTrue(Signals.bandFraction(rain[0], RATE, 300, 10000) > 0.7, "wash and drops 300 Hz-10 kHz");
        assertTrue(Signals.bandFraction(rain[0], RATE, 0, 1000) > 0.05, "not all hiss: some body below 1 kHz");
        assertTrue(Math.abs(correlation(band(rain[0], 1000, 0), band(rain[1], 1000, 0))) < 0.1);
    }

    @Test
    void aDownpourRoars() {
        double heavy = Signals.bandFraction(render(rain(3, weather(3)), weather(3), 20, 1)[0], RATE, 20, 200);
        double light = Signals.bandFraction(render(rain(3, weather(3)), weather(3), 20, 0.5)[0], RATE, 20, 200);
        assertTrue(heavy > 0.05 && light < heavy / 5, "below 200 Hz: " + heavy + " in a downpour, " + light + " in a shower");
    }

    @Test
    void dropsComeEachFromItsOwnPlace() {
        // Drops alone: the field (the wash) left out. Their left/right balance varies drop to drop.
        RainLayer rain = rain(5, weather(5));
        Bus bus = new Bus(BLOCK);
        List<Double> balances = new ArrayList<>();
        for (int b = 0; b < 400; b++) {
            bus.clear();
            rain.add(bus, BLOCK, 0.2, 0.2);
            double l = meanSquare(bus.directLeft);
            double r = meanSquare(bus.directRight);
            if (l + r > 0) {
                balances.add(10 * Math.log10((l + 1e-20) / (r + 1e-20)));
            }
        }
        double spread = balances.stream().mapToDouble(Math::abs).average().orElse(0);
        assertTrue(spread > 3, "mean |L/R| of a block's drops: " + spread + " dB");
    }

    @Test
    void debrisRattlesSparselyInItsBandPeakingNearFullScale() {
        float[][] debris = render(new DebrisLayer(SeedTree.root(9), RATE, BLOCK, 8, 2500), 120, 1);
        assertTrue(Signals.bandFraction(debris[0], RATE, 700, 8000) > 0.9, "debris band share");
        // The loudest click of two minutes peaks from -6 to 0 dBFS, -3 on average over seeds.
        assertEquals(-3, 20 * Math.log10(peak(debris[0])), 4, "loudest click in dBFS");
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
        double quiet = Signals.rmsDb(render(new DebrisLayer(SeedTree.root(9), RATE, BLOCK, 8, 2500), 120, 0.2)[0]);
        double busy = Signals.rmsDb(render(new DebrisLayer(SeedTree.root(9), RATE, BLOCK, 8, 2500), 120, 1)[0]);
        assertTrue(busy - quiet > 4, busy + " vs " + quiet);
    }

    @Test
    void theSameSeedGivesTheSameSoundAndAnotherSeedAnother() {
        assertArrayEquals(render(wind(11, weather(1)), weather(1), 2, 0.7)[0], render(wind(11, weather(1)), weather(1), 2, 0.7)[0]);
        assertArrayEquals(render(rain(11, weather(1)), weather(1), 2, 0.7)[1], render(rain(11, weather(1)), weather(1), 2, 0.7)[1]);
        assertArrayEquals(render(new DebrisLayer(SeedTree.root(11), RATE, BLOCK, 60, 2500), 5, 1)[0],
                render(new DebrisLayer(SeedTree.root(11), RATE, BLOCK, 60, 2500), 5, 1)[0]);
        assertTrue(Math.abs(correlation(render(wind(11, weather(1)), weather(1), 2, 0.7)[0],
                render(wind(12, weather(1)), weather(1), 2, 0.7)[0])) < 0.1);
    }

    // Measurements shared by the layer tests.

    /** {@code x} through a 4th-order high-pass at {@code lowHz} (0: none) and low-pass at {@code highHz} (0: none). */
    static float[] band(float[] x, double lowHz, double highHz) {
        float[] y = x.clone();
        if (lowHz > 0) {
            Biquad.cascade(y, y.length, Biquad.highPass(lowHz, 0.5412, RATE), Biquad.highPass(lowHz, 1.3066, RATE));
        }
        if (highHz > 0) {
            Biquad.cascade(y, y.length, Biquad.lowPass(highHz, 0.5412, RATE), Biquad.lowPass(highHz, 1.3066, RATE));
        }
        return y;
    }

    static double kurtosis(float[] x) {
        double m2 = 0;
        double m4 = 0;
        for (float v : x) {
            double s = (double) v * v;
            m2 += s;
            m4 += s * s;
        }
        m2 /= x.length;
        m4 /= x.length;
        return m4 / (m2 * m2);
    }

    static double meanSquare(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return sum / x.length;
    }

    private static double zeroCrossings(float[] x) {
        int n = 0;
        for (int i = 1; i < x.length; i++) {
            n += (x[i] >= 0) != (x[i - 1] >= 0) ? 1 : 0;
        }
        return n;
    }

    private static double[] toDb(double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 10 * Math.log10(x[i] + 1e-20);
        }
        return y;
    }

    /** A centred moving average over {@code width} values. */
    static double[] smooth(double[] x, int width) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, i - width / 2); j < Math.min(x.length, i + width / 2 + 1); j++) {
                sum += x[j];
                n++;
            }
            y[i] = sum / n;
        }
        return y;
    }

    /** Correlation of a[i] with b[i + lag]. */
    static double correlation(double[] a, double[] b, int lag) {
        int from = Math.max(0, -lag);
        int to = Math.min(a.length, b.length - lag);
        double ma = 0;
        double mb = 0;
        for (int i = from; i < to; i++) {
            ma += a[i];
            mb += b[i + lag];
        }
        ma /= to - from;
        mb /= to - from;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = from; i < to; i++) {
            ab += (a[i] - ma) * (b[i + lag] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i + lag] - mb) * (b[i + lag] - mb);
        }
        return ab / Math.sqrt(aa * bb);
    }

    static int firstSound(float[] x) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    static double peak(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        return peak;
    }

    static double mean(float[] x) {
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
