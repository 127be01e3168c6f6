package audiobook.soundscape;

import audiobook.audio.Biquad;
import audiobook.plan.SeedTree;

/**
 * A diffuse noise bed: each channel's own white noise through one or more bands (a chain of up
 * to three biquads each, alike in both channels), each band's level ramped across the block,
 * added into the bus's field. Disjoint bands of one white noise are uncorrelated, so one draw per
 * channel feeds them all. The wind's whoosh and air, the rain's wash, the sea's wash and spray.
 */
final class NoiseField {

    private final Noise leftNoise;
    private final Noise rightNoise;
    private final Biquad[][] left;
    private final Biquad[][] right;
    private final double[] norms;
    private final float[] whiteLeft;
    private final float[] whiteRight;
    private final float[][] bandLeft;
    private final float[][] bandRight;
    private final float[] sumLeft;
    private final float[] sumRight;
    private final float[] starts;
    private final float[] steps;

    /** @param bands each band's chain for the left channel; the right channel gets copies */
    NoiseField(SeedTree seeds, int blockFrames, Biquad[]... bands) {
        leftNoise = new Noise(seeds.child("left"));
        rightNoise = new Noise(seeds.child("right"));
        left = bands;
        right = new Biquad[bands.length][];
        norms = new double[bands.length];
        bandLeft = new float[bands.length][blockFrames];
        bandRight = new float[bands.length][blockFrames];
        for (int k = 0; k < bands.length; k++) {
            right[k] = Biquad.copies(bands[k]);
            norms[k] = 1 / (Noise.RMS * Biquad.noiseGain(bands[k]));
        }
        whiteLeft = new float[blockFrames];
        whiteRight = new float[blockFrames];
        sumLeft = new float[blockFrames];
        sumRight = new float[blockFrames];
        starts = new float[bands.length];
        steps = new float[bands.length];
    }

    /** Band {@code k}'s chain in the left and the right channel, to retune both alike. */
    Biquad[][] band(int k) {
        return new Biquad[][] {left[k], right[k]};
    }

    /** This block's left white noise, before any band: a band below all of these may take it too. */
    float[] leftWhite() {
        return whiteLeft;
    }

    /** Adds the next block, band {@code k} ramped from {@code from[k]} to {@code to[k]} (RMS per channel). */
    void add(Bus out, int frames, double[] from, double[] to) {
        leftNoise.fill(whiteLeft, frames);
        rightNoise.fill(whiteRight, frames);
        int bands = left.length;
        for (int k = 0; k < bands; k++) {
            System.arraycopy(whiteLeft, 0, bandLeft[k], 0, frames);
            System.arraycopy(whiteRight, 0, bandRight[k], 0, frames);
            Biquad.cascade(bandLeft[k], bandRight[k], frames, left[k], right[k]);
            starts[k] = (float) (norms[k] * from[k]);
            steps[k] = (float) (norms[k] * (to[k] - from[k]) / frames);
        }
        // Band by band into a sum per frame, then the sums into the field: each frame's sum adds
        // its bands in the same order as one loop over the bands per frame would, and each loop
        // here is a run of memory the JIT vectorises.
        java.util.Arrays.fill(sumLeft, 0, frames, 0f);
        java.util.Arrays.fill(sumRight, 0, frames, 0f);
        for (int k = 0; k < bands; k++) {
            float start = starts[k];
            float step = steps[k];
            float[] bl = bandLeft[k];
            float[] br = bandRight[k];
            for (int i = 0; i < frames; i++) {
                float g = start + step * i;
                sumLeft[i] += g * bl[i];
                sumRight[i] += g * br[i];
            }
        }
        float[] fl = out.fieldLeft;
        float[] fr = out.fieldRight;
        for (int i = 0; i < frames; i++) {
            fl[i] += sumLeft[i];
            fr[i] += sumRight[i];
        }
    }
}
