package audiobook.mix;

import audiobook.audio.BiquadCoefficients;

/**
 * The part of one channel of the bed that lies in the bands where speech is understood: about
 * 250–500 Hz (the first formants, the voice's body) and 1–4 kHz (the consonants), as the sum of
 * two band-passes of unit gain at their centres. Subtracting a share of it from the bed,
 * {@code x - (1 - h)·bands(x)}, is a cut of depth {@code h} in those bands that leaves the bed's
 * lows (the wind's body, the thunder's roll) and its highs (rain, spray) alone: a dynamic EQ
 * keyed by the voice instead of a broadband duck. Where the two bands meet (about 700 Hz) their
 * phases are nearly opposite, so their sum never exceeds the input and the cut never boosts.
 *
 * <p>Double-precision RBJ band-passes (constant 0 dB peak), one state per channel.
 */
final class SpeechBands {

    static final double LOW_CENTRE_HZ = Math.sqrt(250 * 500);
    /** One octave wide (Q = f0 / bandwidth). */
    static final double LOW_Q = 1.414;
    static final double HIGH_CENTRE_HZ = Math.sqrt(1000 * 4000);
    /** Two octaves wide. */
    static final double HIGH_Q = 0.667;

    private final BiquadCoefficients low;
    private final BiquadCoefficients high;
    private double l1, l2, lo1, lo2, h1, h2, ho1, ho2;

    SpeechBands(int sampleRate) {
        low = bandPass(LOW_CENTRE_HZ, LOW_Q, sampleRate);
        high = bandPass(HIGH_CENTRE_HZ, HIGH_Q, sampleRate);
    }

    /** The speech-band part of the next sample. */
    double next(double x) {
        double yl = low.b0() * (x - l2) - low.a1() * lo1 - low.a2() * lo2;
        l2 = l1;
        l1 = x;
        lo2 = lo1;
        lo1 = yl;
        double yh = high.b0() * (x - h2) - high.a1() * ho1 - high.a2() * ho2;
        h2 = h1;
        h1 = x;
        ho2 = ho1;
        ho1 = yh;
        // Flush denormals: a bed that falls silent would otherwise leave the state decaying through them.
        if (Math.abs(lo1) < 1e-30 && Math.abs(ho1) < 1e-30) {
            lo1 = lo2 = ho1 = ho2 = 0;
        }
        return yl + yh;
    }

    /** RBJ band-pass with unit gain at the centre: b = [α, 0, -α] / a0. */
    static BiquadCoefficients bandPass(double centreHz, double q, double sampleRate) {
        double w = 2 * Math.PI * centreHz / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double a0 = 1 + alpha;
        return new BiquadCoefficients(alpha / a0, 0, -alpha / a0, -2 * Math.cos(w) / a0, (1 - alpha) / a0);
    }
}
