package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The block loops, which draw the dither two samples at a time, give what sample by sample gives. */
class Int16QuantizerTest {

    private static float[] noise(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (2.2 * random.nextDouble() - 1.1); // some beyond full scale, to be clamped
        }
        return x;
    }

    /** Sample by sample through {@link Int16Quantizer#quantize}, little-endian, interleaved when two channels. */
    private static byte[] oneByOne(Int16Quantizer q, float[]... channels) {
        int n = channels[0].length;
        byte[] out = new byte[n * channels.length * 2];
        int at = 0;
        for (int i = 0; i < n; i++) {
            for (float[] channel : channels) {
                short s = q.quantize(channel[i]);
                out[at++] = (byte) s;
                out[at++] = (byte) (s >> 8);
            }
        }
        return out;
    }

    @Test
    void monoAndStereoBlocksEqualSampleBySampleWithAndWithoutDither() {
        float[] left = noise(1, 1001);
        float[] right = noise(2, 1001);
        for (Dither dither : new Dither[] {Dither.tpdf(42), Dither.NONE}) {
            Int16Quantizer blocks = new Int16Quantizer(dither);
            Int16Quantizer single = new Int16Quantizer(dither);
            // Odd lengths and several calls: the dither carries on across calls and odd tails.
            byte[] mono = new byte[left.length * 2];
            blocks.mono(left, 0, 501, mono, 0);
            blocks.mono(left, 501, 500, mono, 501 * 2);
            assertArrayEquals(oneByOne(single, left), mono, dither.toString());
            byte[] stereo = new byte[left.length * 4];
            blocks.interleave(left, right, 0, 333, stereo, 0);
            blocks.interleave(left, right, 333, 668, stereo, 333 * 4);
            assertArrayEquals(oneByOne(single, left, right), stereo, dither.toString());
            assertEquals(single.clippedSamples(), blocks.clippedSamples());
        }
    }
}
