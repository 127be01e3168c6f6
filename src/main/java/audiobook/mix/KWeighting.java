package audiobook.mix;

import audiobook.audio.BiquadCoefficients;

/**
 * The BS.1770 K-weighting filter (high-shelf "pre-filter" followed by the RLB high-pass)
 * for one channel, at any sample rate.
 *
 * <p>BS.1770 tabulates the coefficients for 48 kHz only. The analogue prototypes below are
 * the constants libebur128 fitted to that table; bilinear-transforming them reproduces the
 * 48 kHz table to 14 digits and gives the right curve at 44.1 kHz, where resampling the
 * table's poles would not. State is kept in double: at 44.1 kHz the high-pass poles sit
 * within 0.01 of the unit circle, where float state would add audible rounding noise.
 */
final class KWeighting {

    private static final double SHELF_F0 = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double HIGH_PASS_F0 = 38.13547087602444;
    private static final double HIGH_PASS_Q = 0.5003270373238773;
    /** Below this the filter state is flushed to zero, see {@link #sumOfSquares}. */
    private static final double DENORMAL_GUARD = 1e-30;

    private final BiquadCoefficients shelf;
    private final BiquadCoefficients highPass;
    private double s1, s2, h1, h2;

    KWeighting(double sampleRate) {
        this.shelf = shelf(sampleRate);
        this.highPass = highPass(sampleRate);
    }

    /** The high-shelf stage (about +4 dB above 2 kHz). */
    static BiquadCoefficients shelf(double sampleRate) {
        double k = Math.tan(Math.PI * SHELF_F0 / sampleRate);
        double vh = Math.pow(10.0, SHELF_GAIN_DB / 20.0);
        double vb = Math.pow(vh, 0.4996667741545416);
        double a0 = 1.0 + k / SHELF_Q + k * k;
        return new BiquadCoefficients(
                (vh + vb * k / SHELF_Q + k * k) / a0,
                2.0 * (k * k - vh) / a0,
                (vh - vb * k / SHELF_Q + k * k) / a0,
                2.0 * (k * k - 1.0) / a0,
                (1.0 - k / SHELF_Q + k * k) / a0);
    }

    /** The RLB high-pass stage (about 38 Hz). Its numerator is left unnormalised, as in BS.1770. */
    static BiquadCoefficients highPass(double sampleRate) {
        double k = Math.tan(Math.PI * HIGH_PASS_F0 / sampleRate);
        double a0 = 1.0 + k / HIGH_PASS_Q + k * k;
        return new BiquadCoefficients(1.0, -2.0, 1.0,
                2.0 * (k * k - 1.0) / a0, (1.0 - k / HIGH_PASS_Q + k * k) / a0);
    }

    /**
     * Filters {@code x[from..to)} (continuing from the previous call) and returns the sum of
     * squares of the K-weighted samples; the filtered samples themselves are not kept.
     */
    double sumOfSquares(float[] x, int from, int to) {
        double sb0 = shelf.b0(), sb1 = shelf.b1(), sb2 = shelf.b2(), sa1 = shelf.a1(), sa2 = shelf.a2();
        double ha1 = highPass.a1(), ha2 = highPass.a2();
        double z1 = s1, z2 = s2, w1 = h1, w2 = h2;
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            // transposed direct form II, both sections inlined; the high-pass numerator is [1,-2,1]
            double in = x[i];
            double y = sb0 * in + z1;
            z1 = sb1 * in - sa1 * y + z2;
            z2 = sb2 * in - sa2 * y;
            double k = y + w1;
            w1 = -2.0 * y - ha1 * k + w2;
            w2 = y - ha2 * k;
            sum += k * k;
        }
        keep(z1, z2, w1, w2);
        return sum;
    }

    /**
     * As {@link #sumOfSquares} for a stereo pair, both channels in one loop: each filter waits
     * on its own last output, and two independent ones interleaved run about twice as fast as
     * one after the other (measured). Returns the sum over both channels.
     */
    static double sumOfSquares(KWeighting left, float[] l, KWeighting right, float[] r, int from, int to) {
        double sb0 = left.shelf.b0(), sb1 = left.shelf.b1(), sb2 = left.shelf.b2(), sa1 = left.shelf.a1(),
                sa2 = left.shelf.a2();
        double ha1 = left.highPass.a1(), ha2 = left.highPass.a2();
        double z1 = left.s1, z2 = left.s2, w1 = left.h1, w2 = left.h2;
        double y1 = right.s1, y2 = right.s2, v1 = right.h1, v2 = right.h2;
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            double in = l[i];
            double y = sb0 * in + z1;
            z1 = sb1 * in - sa1 * y + z2;
            z2 = sb2 * in - sa2 * y;
            double k = y + w1;
            w1 = -2.0 * y - ha1 * k + w2;
            w2 = y - ha2 * k;
            double inR = r[i];
            double yR = sb0 * inR + y1;
            y1 = sb1 * inR - sa1 * yR + y2;
            y2 = sb2 * inR - sa2 * yR;
            double kR = yR + v1;
            v1 = -2.0 * yR - ha1 * kR + v2;
            v2 = yR - ha2 * kR;
            sum += k * k + kR * kR;
        }
        left.keep(z1, z2, w1, w2);
        right.keep(y1, y2, v1, v2);
        return sum;
    }

    /**
     * The plain (unweighted) sums of squares of a stretch, per channel, and the largest absolute
     * sample seen, filled in by the metering loops beside the K-weighted sum.
     */
    static final class Plain {
        double left;
        double right;
        float peak;
    }

    /**
     * As {@link #sumOfSquares(float[], int, int)}, and in the same loop adds the stretch's plain
     * sum of squares to {@code plain.left} and raises {@code plain.peak} to its largest absolute
     * sample: one walk over the samples, the plain sum in step with the filter.
     */
    double sumOfSquares(float[] x, int from, int to, Plain plain) {
        double sb0 = shelf.b0(), sb1 = shelf.b1(), sb2 = shelf.b2(), sa1 = shelf.a1(), sa2 = shelf.a2();
        double ha1 = highPass.a1(), ha2 = highPass.a2();
        double z1 = s1, z2 = s2, w1 = h1, w2 = h2;
        double sum = 0.0;
        double squares = plain.left;
        float peak = plain.peak;
        for (int i = from; i < to; i++) {
            float v = x[i];
            double in = v;
            double y = sb0 * in + z1;
            z1 = sb1 * in - sa1 * y + z2;
            z2 = sb2 * in - sa2 * y;
            double k = y + w1;
            w1 = -2.0 * y - ha1 * k + w2;
            w2 = y - ha2 * k;
            sum += k * k;
            squares += (double) v * v;
            float a = Math.abs(v);
            if (a > peak) {
                peak = a;
            }
        }
        keep(z1, z2, w1, w2);
        plain.left = squares;
        plain.peak = peak;
        return sum;
    }

    /** As {@link #sumOfSquares(KWeighting, float[], KWeighting, float[], int, int)}, with the plain sums of each channel and the peak of both as above. */
    static double sumOfSquares(KWeighting left, float[] l, KWeighting right, float[] r, int from, int to,
                               Plain plain) {
        double sb0 = left.shelf.b0(), sb1 = left.shelf.b1(), sb2 = left.shelf.b2(), sa1 = left.shelf.a1(),
                sa2 = left.shelf.a2();
        double ha1 = left.highPass.a1(), ha2 = left.highPass.a2();
        double z1 = left.s1, z2 = left.s2, w1 = left.h1, w2 = left.h2;
        double y1 = right.s1, y2 = right.s2, v1 = right.h1, v2 = right.h2;
        double sum = 0.0;
        double squaresLeft = plain.left;
        double squaresRight = plain.right;
        float peak = plain.peak;
        for (int i = from; i < to; i++) {
            float vl = l[i];
            double in = vl;
            double y = sb0 * in + z1;
            z1 = sb1 * in - sa1 * y + z2;
            z2 = sb2 * in - sa2 * y;
            double k = y + w1;
            w1 = -2.0 * y - ha1 * k + w2;
            w2 = y - ha2 * k;
            float vr = r[i];
            double inR = vr;
            double yR = sb0 * inR + y1;
            y1 = sb1 * inR - sa1 * yR + y2;
            y2 = sb2 * inR - sa2 * yR;
            double kR = yR + v1;
            v1 = -2.0 * yR - ha1 * kR + v2;
            v2 = yR - ha2 * kR;
            sum += k * k + kR * kR;
            squaresLeft += (double) vl * vl;
            squaresRight += (double) vr * vr;
            float a = Math.max(Math.abs(vl), Math.abs(vr));
            if (a > peak) {
                peak = a;
            }
        }
        left.keep(z1, z2, w1, w2);
        right.keep(y1, y2, v1, v2);
        plain.left = squaresLeft;
        plain.right = squaresRight;
        plain.peak = peak;
        return sum;
    }

    /**
     * Why the guard: after the signal stops the state decays into subnormal doubles, which the
     * CPU handles ~100x slower and a recursive filter can circulate forever. Zero it instead.
     */
    private void keep(double z1, double z2, double w1, double w2) {
        s1 = Math.abs(z1) < DENORMAL_GUARD ? 0.0 : z1;
        s2 = Math.abs(z2) < DENORMAL_GUARD ? 0.0 : z2;
        h1 = Math.abs(w1) < DENORMAL_GUARD ? 0.0 : w1;
        h2 = Math.abs(w2) < DENORMAL_GUARD ? 0.0 : w2;
    }
}
