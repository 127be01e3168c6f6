package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import audiobook.plan.SeedTree;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Block noise is three 21-bit uniforms from each 64 random bits, m · 2^-20 - 1, to the bit. */
class NoiseBitsTest {

    @Test
    void eachSampleIsItsTwentyOneBitsScaledIntoMinusOneToOne() {
        SeedTree seeds = SeedTree.root(7).child("noise");
        Noise noise = new Noise(seeds);
        SplittableRandom bits = seeds.random();
        float[] block = new float[3000];
        noise.fill(block, block.length);
        float low = 1;
        float high = -1;
        for (int i = 0; i < block.length; i += 3) {
            long b = bits.nextLong();
            assertEquals((b >>> 43) * 0x1.0p-20f - 1f, block[i], 0f, "sample " + i);
            assertEquals(((b >>> 22) & 0x1FFFFF) * 0x1.0p-20f - 1f, block[i + 1], 0f, "sample " + (i + 1));
            assertEquals(((b >>> 1) & 0x1FFFFF) * 0x1.0p-20f - 1f, block[i + 2], 0f, "sample " + (i + 2));
            for (int k = 0; k < 3; k++) {
                low = Math.min(low, block[i + k]);
                high = Math.max(high, block[i + k]);
            }
        }
        assertEquals(-1, low, 0.01);
        assertEquals(1, high, 0.01);
    }
}
