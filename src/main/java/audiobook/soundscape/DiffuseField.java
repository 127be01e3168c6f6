package audiobook.soundscape;

import audiobook.audio.Biquad;

/**
 * Turns two independent noise channels into what a spaced pair hears in a diffuse field:
 * coherent in the bass, independent in the treble. In mid/side terms (mid = (L + R) / 2, side =
 * (L - R) / 2, independent halves of the power) the side is high-passed and the mid raised 3 dB
 * below the same corner: in the bass both channels carry the mid alone, at the power the two
 * independent channels had; in the treble each keeps its own. As the mid and side stay
 * independent, the power is the sum of theirs whatever the filters' phases, and the spectrum
 * stays flat (within 0.3 dB) while the coherence falls from 1 in the bass (0.94 at 200 Hz) through
 * 0.5 at the corner to under 0.03 at 1 kHz.
 */
final class DiffuseField {

    static final double CORNER_HZ = 400;

    private final Biquad mid;
    private final Biquad side;
    private final float[] m;

    DiffuseField(int sampleRate, int blockFrames) {
        mid = Biquad.lowShelf(CORNER_HZ, 10 * Math.log10(2), sampleRate);
        side = Biquad.highPass(CORNER_HZ, Math.sqrt(0.5), sampleRate);
        m = new float[blockFrames];
    }

    /** Processes {@code left} and {@code right} in place. */
    void process(float[] left, float[] right, int frames) {
        for (int i = 0; i < frames; i++) {
            float l = left[i];
            float r = right[i];
            m[i] = 0.5f * (l + r);
            left[i] = 0.5f * (l - r);
        }
        Biquad.pair(m, mid, left, side, frames);
        for (int i = 0; i < frames; i++) {
            float s = left[i];
            left[i] = m[i] + s;
            right[i] = m[i] - s;
        }
    }
}
