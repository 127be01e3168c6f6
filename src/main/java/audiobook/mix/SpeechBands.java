package audiobook.mix;

import audiobook.audio.Biquad;

/**
 * The part of one channel of the bed that lies in the bands where speech is understood: about
 * 250–500 Hz (the first formants, the voice's body) and 1–4 kHz (the consonants), as the sum of
 * two band-passes of unit gain at their centres. Subtracting a share of it from the bed,
 * {@code x - (1 - h)·bands(x)}, is a cut of depth {@code h} in those bands that leaves the bed's
 * lows (the wind's body, the thunder's roll) and its highs (rain, spray) alone: a dynamic EQ
 * keyed by the voice instead of a broadband duck. Where the two bands meet (about 700 Hz) their
 * phases are nearly opposite, so their sum never exceeds the input and the cut never boosts.
 *
 * <p>Two {@link Biquad} band-passes (RBJ, constant 0 dB peak), one pair per channel.
 */
final class SpeechBands {

    static final double LOW_CENTRE_HZ = Math.sqrt(250 * 500);
    /** One octave wide (Q = f0 / bandwidth). */
    static final double LOW_Q = 1.414;
    static final double HIGH_CENTRE_HZ = Math.sqrt(1000 * 4000);
    /** Two octaves wide. */
    static final double HIGH_Q = 0.667;

    private final Biquad low;
    private final Biquad high;

    SpeechBands(int sampleRate) {
        low = Biquad.bandPass(LOW_CENTRE_HZ, LOW_CENTRE_HZ / LOW_Q, sampleRate);
        high = Biquad.bandPass(HIGH_CENTRE_HZ, HIGH_CENTRE_HZ / HIGH_Q, sampleRate);
    }

    /**
     * The speech-band part of the next {@code frames} samples of a stereo pair, one channel's
     * bands in {@code left}, the other's in {@code right}, into {@code outLeft} and
     * {@code outRight}; a channel falling silent has its bands' state flushed of denormals.
     */
    static void stereo(SpeechBands left, float[] l, SpeechBands right, float[] r, int frames, double[] outLeft,
                       double[] outRight) {
        Biquad.sums(l, left.low, left.high, r, right.low, right.high, frames, outLeft, outRight);
    }
}
