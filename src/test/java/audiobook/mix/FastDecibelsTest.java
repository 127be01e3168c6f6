package audiobook.mix;

import audiobook.audio.Decibels;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastDecibelsTest {

    @Test
    void levelsAreWithinTwoMillionthsOfADecibelOverTheDetectorsRange() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            double amplitude = Math.pow(10, -8 + 9 * random.nextDouble()); // -160 to +20 dB
            assertEquals(Decibels.fromLinear(amplitude), FastDecibels.fromLinear(amplitude), 2e-6, "at " + amplitude);
        }
        for (double exact : new double[] {1.0, 0.5, 2.0, 0.25}) {
            assertEquals(Decibels.fromLinear(exact), FastDecibels.fromLinear(exact), 1e-12, "a power of two");
        }
    }

    @Test
    void gainsAreWithinATenthOfAMillionthRelative() {
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 200_000; k++) {
            double db = -200 + 240 * random.nextDouble();
            double exact = Decibels.toLinear(db);
            assertEquals(1.0, FastDecibels.toLinear(db) / exact, 1e-7, "at " + db + " dB");
        }
        assertEquals(1.0, FastDecibels.toLinear(0), 0.0);
        assertEquals(1.0, FastDecibels.toLinear(-1e-20), 1e-15, "just under an octave's boundary");
        assertEquals(0.5, FastDecibels.toLinear(-20 * Math.log10(2) - 1e-15), 1e-12, "just under another");
        assertEquals(0.5, FastDecibels.toLinear(-20 * Math.log10(2)), 1e-15);
    }
}
