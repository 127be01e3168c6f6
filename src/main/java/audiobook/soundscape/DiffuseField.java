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

    DiffuseField(int sampleRate) {
        mid = Biquad.lowShelf(CORNER_HZ, 10 * Math.log10(2), sampleRate);
        side = Biquad.highPass(CORNER_HZ, Math.sqrt(0.5), sampleRate);
    }

    /**
     * Processes {@code left} and {@code right}, adds {@code addLeft} and {@code addRight} (the
     * direct sources) and writes them through {@code leftOut} and {@code rightOut} into
     * {@code outLeft} and {@code outRight}: in one pass with the next stage's filters, whose
     * recursions overlap the field's ({@link Biquad#midSideThenStereo}).
     */
    void process(float[] left, float[] right, float[] addLeft, float[] addRight, Biquad leftOut, Biquad rightOut,
                 float[] outLeft, float[] outRight, int frames) {
        Biquad.midSideThenStereo(left, right, mid, side, addLeft, addRight, leftOut, rightOut, outLeft, outRight,
                frames);
    }
}
