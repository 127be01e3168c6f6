package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LookAheadGainTest {

    @Test
    void slidingMinimumMatchesBruteForce() {
        SplittableRandom random = new SplittableRandom(31);
        for (int length : new int[] {1, 2, 7, 64}) {
            SlidingMinimum min = new SlidingMinimum(length);
            double[] values = new double[2000];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(50); // repeats exercise ties
                double expected = Double.MAX_VALUE;
                for (int j = Math.max(0, i - length + 1); j <= i; j++) {
                    expected = Math.min(expected, values[j]);
                }
                assertEquals(expected, min.push(values[i]), 0.0, "length " + length + " at " + i);
            }
        }
    }

    @Test
    void gainNeverExceedsWhatItsFrameNeedsAndNeverJumps() {
        int window = 50;
        LookAheadGain gain = new LookAheadGain(window, 300);
        SplittableRandom random = new SplittableRandom(32);
        double[] needed = new double[20000];
        double previous = 1.0;
        for (int n = 0; n < needed.length; n++) {
            needed[n] = random.nextInt(40) == 0 ? 0.2 + 0.8 * random.nextDouble() : 1.0;
            double g = gain.next(needed[n]);
            int frame = n - window + 1;
            if (frame >= 0) {
                assertTrue(g <= needed[frame] + 1e-12, "frame " + frame);
            }
            assertTrue(Math.abs(g - previous) <= 1.0 / gain.rampFrames() + 1e-12, "step at " + frame);
            previous = g;
        }
    }

    @Test
    void unityNeedsGiveExactlyUnity() {
        LookAheadGain gain = new LookAheadGain(10, 100);
        gain.next(0.5);
        double g = 0;
        for (int n = 0; n < 5000; n++) {
            g = gain.next(1.0);
        }
        assertEquals(1.0, g, 0.0);
    }
}
