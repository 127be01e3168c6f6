package audiobook.audio;

/**
 * A double-precision RBJ biquad that streams (transposed direct form II): the one filter section
 * of the code, which the soundscape's layers are wired from and the ducker's speech bands use;
 * only the loudness meter's K-weighting runs its own loop, fused with its sum of squares, on
 * {@link BiquadCoefficients}.
 * TarsosDSP's LowPassFS is wrong below about 150 Hz and its BiQuadFilter cannot stream
 * (DSP-NOTES §5), and its two-pole BandPass leaks towards Nyquist once its bandwidth nears its
 * centre (measured: centre 300 Hz, width 600 Hz put 77 % of white noise's energy above 1.5 kHz).
 */
public final class Biquad {

    /** A state below this has decayed into nothing (see {@link #settle}). */
    private static final double FLUSH = 1e-30;

    private final int sampleRate;
    private double b0;
    private double b1;
    private double b2;
    private double a1;
    private double a2;
    private double z1;
    private double z2;

    private Biquad(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    public static Biquad lowPass(double cutoffHz, double q, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        f.setLowPass(cutoffHz, q);
        return f;
    }

    public static Biquad highPass(double cutoffHz, double q, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        double w = 2 * Math.PI * cutoffHz / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double c = Math.cos(w);
        f.set((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
        return f;
    }

    /** A band-pass of unit gain at its centre, -3 dB points about {@code bandwidthHz} apart. */
    public static Biquad bandPass(double centreHz, double bandwidthHz, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        f.setBandPass(centreHz, bandwidthHz);
        return f;
    }

    /** A high shelf: {@code gainDb} above {@code cornerHz} (half of it at the corner), unity below; RBJ, slope 1. */
    public static Biquad highShelf(double cornerHz, double gainDb, int sampleRate) {
        return highShelf(cornerHz, gainDb, 1, sampleRate);
    }

    /** As above with the shelf's slope: 1 as steep as it goes without overshoot, lower gentler. */
    public static Biquad highShelf(double cornerHz, double gainDb, double slope, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * cornerHz / sampleRate;
        double c = Math.cos(w);
        double beta = Math.sqrt(a) * Math.sin(w) * Math.sqrt((a + 1 / a) * (1 / slope - 1) + 2);
        f.set(a * ((a + 1) + (a - 1) * c + beta), -2 * a * ((a - 1) + (a + 1) * c), a * ((a + 1) + (a - 1) * c - beta),
                (a + 1) - (a - 1) * c + beta, 2 * ((a - 1) - (a + 1) * c), (a + 1) - (a - 1) * c - beta);
        return f;
    }

    /** A low shelf: {@code gainDb} below {@code cornerHz} (half of it at the corner), unity above; RBJ, slope 1. */
    public static Biquad lowShelf(double cornerHz, double gainDb, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * cornerHz / sampleRate;
        double c = Math.cos(w);
        double beta = 2 * Math.sqrt(a) * Math.sin(w) / Math.sqrt(2);
        f.set(a * ((a + 1) - (a - 1) * c + beta), 2 * a * ((a - 1) - (a + 1) * c), a * ((a + 1) - (a - 1) * c - beta),
                (a + 1) + (a - 1) * c + beta, -2 * ((a - 1) + (a + 1) * c), (a + 1) + (a - 1) * c - beta);
        return f;
    }

    /**
     * The RMS gain of a chain of filters on white noise (the root of its impulse response's
     * energy), worked out on fresh copies; layers divide by it so that a band's level does not
     * depend on its width.
     */
    public static double noiseGain(Biquad... chain) {
        Biquad[] copies = copies(chain);
        double energy = 0;
        double x = 1;
        // A quarter of a second holds all but a trace of the response of any section above 20 Hz.
        for (int i = 0; i < chain[0].sampleRate / 4; i++) {
            double y = x;
            for (Biquad f : copies) {
                y = f.process(y);
            }
            energy += y * y;
            x = 0;
        }
        return Math.sqrt(energy);
    }

    /** The same filter with no history. */
    public Biquad copy() {
        Biquad f = new Biquad(sampleRate);
        f.b0 = b0;
        f.b1 = b1;
        f.b2 = b2;
        f.a1 = a1;
        f.a2 = a2;
        return f;
    }

    /** Retunes the band-pass, keeping the filter's state so a wandering centre does not click. */
    public void setBandPass(double centreHz, double bandwidthHz) {
        double w = 2 * Math.PI * centreHz / sampleRate;
        double alpha = Math.sin(w) * bandwidthHz / (2 * centreHz);
        set(alpha, 0, -alpha, 1 + alpha, -2 * Math.cos(w), 1 - alpha);
    }

    /** A peaking filter: {@code gainDb} at {@code centreHz}, -3 dB points of the boost about {@code bandwidthHz} apart. */
    public static Biquad peak(double centreHz, double bandwidthHz, double gainDb, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        f.setPeak(centreHz, bandwidthHz, gainDb);
        return f;
    }

    /** Retunes the peak, keeping the filter's state so a moving pitch does not click. */
    public void setPeak(double centreHz, double bandwidthHz, double gainDb) {
        double a = Math.pow(10, gainDb / 40);
        double w = 2 * Math.PI * centreHz / sampleRate;
        double alpha = Math.sin(w) * bandwidthHz / (2 * centreHz);
        double c = Math.cos(w);
        set(1 + alpha * a, -2 * c, 1 - alpha * a, 1 + alpha / a, -2 * c, 1 - alpha / a);
    }

    /** Retunes the low-pass, keeping the filter's state so a sweep does not click. */
    public void setLowPass(double cutoffHz, double q) {
        double w = 2 * Math.PI * cutoffHz / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double c = Math.cos(w);
        set((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
    }

    private void set(double nb0, double nb1, double nb2, double a0, double na1, double na2) {
        b0 = nb0 / a0;
        b1 = nb1 / a0;
        b2 = nb2 / a0;
        a1 = na1 / a0;
        a2 = na2 / a0;
    }

    /** Zeroes a state that has decayed below 1e-30: a filter left with silence would otherwise crawl through denormals. */
    public void settle() {
        if (Math.abs(z1) < FLUSH && Math.abs(z2) < FLUSH) {
            z1 = 0;
            z2 = 0;
        }
    }

    public double process(double x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }

    /** Filters {@code buffer[0..frames)} in place. */
    public void filter(float[] buffer, int frames) {
        double s1 = z1;
        double s2 = z2;
        for (int i = 0; i < frames; i++) {
            double x = buffer[i];
            double y = b0 * x + s1;
            s1 = b1 * x - a1 * y + s2;
            s2 = b2 * x - a2 * y;
            buffer[i] = (float) y;
        }
        z1 = s1;
        z2 = s2;
    }

    /**
     * Filters {@code buffer[0..frames)} in place through {@code first} then {@code second}, in
     * one pass. Why: each section's recursion waits on its own last output, so a section alone
     * leaves the CPU idle most of each sample; two in one loop overlap (about 1.8 times the
     * throughput of two passes, measured).
     */
    public static void cascade(float[] buffer, int frames, Biquad first, Biquad second) {
        double p0 = first.b0, p1 = first.b1, p2 = first.b2, pa1 = first.a1, pa2 = first.a2;
        double q0 = second.b0, q1 = second.b1, q2 = second.b2, qa1 = second.a1, qa2 = second.a2;
        double u1 = first.z1, u2 = first.z2, v1 = second.z1, v2 = second.z2;
        for (int i = 0; i < frames; i++) {
            double x = buffer[i];
            double y = p0 * x + u1;
            u1 = p1 * x - pa1 * y + u2;
            u2 = p2 * x - pa2 * y;
            double w = q0 * y + v1;
            v1 = q1 * y - qa1 * w + v2;
            v2 = q2 * y - qa2 * w;
            buffer[i] = (float) w;
        }
        first.z1 = u1;
        first.z2 = u2;
        second.z1 = v1;
        second.z2 = v2;
    }

    /** As {@link #cascade(float[], int, Biquad, Biquad)}, through three sections. */
    public static void cascade(float[] buffer, int frames, Biquad first, Biquad second, Biquad third) {
        double p0 = first.b0, p1 = first.b1, p2 = first.b2, pa1 = first.a1, pa2 = first.a2;
        double q0 = second.b0, q1 = second.b1, q2 = second.b2, qa1 = second.a1, qa2 = second.a2;
        double r0 = third.b0, r1 = third.b1, r2 = third.b2, ra1 = third.a1, ra2 = third.a2;
        double u1 = first.z1, u2 = first.z2, v1 = second.z1, v2 = second.z2, w1 = third.z1, w2 = third.z2;
        for (int i = 0; i < frames; i++) {
            double x = buffer[i];
            double y = p0 * x + u1;
            u1 = p1 * x - pa1 * y + u2;
            u2 = p2 * x - pa2 * y;
            double w = q0 * y + v1;
            v1 = q1 * y - qa1 * w + v2;
            v2 = q2 * y - qa2 * w;
            double o = r0 * w + w1;
            w1 = r1 * w - ra1 * o + w2;
            w2 = r2 * w - ra2 * o;
            buffer[i] = (float) o;
        }
        first.z1 = u1;
        first.z2 = u2;
        second.z1 = v1;
        second.z2 = v2;
        third.z1 = w1;
        third.z2 = w2;
    }

    /**
     * Filters two blocks in place, each through its own chain of one to three sections (both
     * chains of one length), in one pass. Why: the two recursions are independent, so one loop
     * runs both in the time of one: a stereo bed's two channels, or two sources of one layer.
     */
    public static void cascade(float[] l, float[] r, int frames, Biquad[] left, Biquad[] right) {
        switch (left.length) {
            case 1 -> pair(l, left[0], r, right[0], frames);
            case 2 -> stereo2(l, r, frames, left, right);
            case 3 -> stereo3(l, r, frames, left, right);
            default -> throw new IllegalArgumentException(left.length + " sections");
        }
    }

    /**
     * Filters {@code a} through {@code f} and {@code b} through {@code g}, each in place, in one
     * pass: two independent recursions in the time of one.
     */
    public static void pair(float[] a, Biquad f, float[] b, Biquad g, int frames) {
        double p0 = f.b0, p1 = f.b1, p2 = f.b2, pa1 = f.a1, pa2 = f.a2;
        double q0 = g.b0, q1 = g.b1, q2 = g.b2, qa1 = g.a1, qa2 = g.a2;
        double u1 = f.z1, u2 = f.z2, s1 = g.z1, s2 = g.z2;
        for (int i = 0; i < frames; i++) {
            double x = a[i];
            double y = p0 * x + u1;
            u1 = p1 * x - pa1 * y + u2;
            u2 = p2 * x - pa2 * y;
            a[i] = (float) y;
            double xb = b[i];
            double yb = q0 * xb + s1;
            s1 = q1 * xb - qa1 * yb + s2;
            s2 = q2 * xb - qa2 * yb;
            b[i] = (float) yb;
        }
        f.z1 = u1;
        f.z2 = u2;
        g.z1 = s1;
        g.z2 = s2;
    }

    private static void stereo2(float[] l, float[] r, int frames, Biquad[] left, Biquad[] right) {
        Biquad f = left[0];
        Biquad h = left[1];
        Biquad fr = right[0];
        Biquad hr = right[1];
        double p0 = f.b0, p1 = f.b1, p2 = f.b2, pa1 = f.a1, pa2 = f.a2;
        double q0 = h.b0, q1 = h.b1, q2 = h.b2, qa1 = h.a1, qa2 = h.a2;
        double pr0 = fr.b0, pr1 = fr.b1, pr2 = fr.b2, pra1 = fr.a1, pra2 = fr.a2;
        double qr0 = hr.b0, qr1 = hr.b1, qr2 = hr.b2, qra1 = hr.a1, qra2 = hr.a2;
        double u1 = f.z1, u2 = f.z2, v1 = h.z1, v2 = h.z2;
        double s1 = fr.z1, s2 = fr.z2, t1 = hr.z1, t2 = hr.z2;
        for (int i = 0; i < frames; i++) {
            double x = l[i];
            double y = p0 * x + u1;
            u1 = p1 * x - pa1 * y + u2;
            u2 = p2 * x - pa2 * y;
            double w = q0 * y + v1;
            v1 = q1 * y - qa1 * w + v2;
            v2 = q2 * y - qa2 * w;
            l[i] = (float) w;
            double xr = r[i];
            double yr = pr0 * xr + s1;
            s1 = pr1 * xr - pra1 * yr + s2;
            s2 = pr2 * xr - pra2 * yr;
            double wr = qr0 * yr + t1;
            t1 = qr1 * yr - qra1 * wr + t2;
            t2 = qr2 * yr - qra2 * wr;
            r[i] = (float) wr;
        }
        f.z1 = u1;
        f.z2 = u2;
        h.z1 = v1;
        h.z2 = v2;
        fr.z1 = s1;
        fr.z2 = s2;
        hr.z1 = t1;
        hr.z2 = t2;
    }

    private static void stereo3(float[] l, float[] r, int frames, Biquad[] left, Biquad[] right) {
        Biquad f = left[0];
        Biquad h = left[1];
        Biquad k = left[2];
        Biquad fr = right[0];
        Biquad hr = right[1];
        Biquad kr = right[2];
        double p0 = f.b0, p1 = f.b1, p2 = f.b2, pa1 = f.a1, pa2 = f.a2;
        double q0 = h.b0, q1 = h.b1, q2 = h.b2, qa1 = h.a1, qa2 = h.a2;
        double r0 = k.b0, r1 = k.b1, r2 = k.b2, ra1 = k.a1, ra2 = k.a2;
        double pr0 = fr.b0, pr1 = fr.b1, pr2 = fr.b2, pra1 = fr.a1, pra2 = fr.a2;
        double qr0 = hr.b0, qr1 = hr.b1, qr2 = hr.b2, qra1 = hr.a1, qra2 = hr.a2;
        double rr0 = kr.b0, rr1 = kr.b1, rr2 = kr.b2, rra1 = kr.a1, rra2 = kr.a2;
        double u1 = f.z1, u2 = f.z2, v1 = h.z1, v2 = h.z2, w1 = k.z1, w2 = k.z2;
        double s1 = fr.z1, s2 = fr.z2, t1 = hr.z1, t2 = hr.z2, c1 = kr.z1, c2 = kr.z2;
        for (int i = 0; i < frames; i++) {
            double x = l[i];
            double y = p0 * x + u1;
            u1 = p1 * x - pa1 * y + u2;
            u2 = p2 * x - pa2 * y;
            double w = q0 * y + v1;
            v1 = q1 * y - qa1 * w + v2;
            v2 = q2 * y - qa2 * w;
            double o = r0 * w + w1;
            w1 = r1 * w - ra1 * o + w2;
            w2 = r2 * w - ra2 * o;
            l[i] = (float) o;
            double xr = r[i];
            double yr = pr0 * xr + s1;
            s1 = pr1 * xr - pra1 * yr + s2;
            s2 = pr2 * xr - pra2 * yr;
            double wr = qr0 * yr + t1;
            t1 = qr1 * yr - qra1 * wr + t2;
            t2 = qr2 * yr - qra2 * wr;
            double or = rr0 * wr + c1;
            c1 = rr1 * wr - rra1 * or + c2;
            c2 = rr2 * wr - rra2 * or;
            r[i] = (float) or;
        }
        f.z1 = u1;
        f.z2 = u2;
        h.z1 = v1;
        h.z2 = v2;
        k.z1 = w1;
        k.z2 = w2;
        fr.z1 = s1;
        fr.z2 = s2;
        hr.z1 = t1;
        hr.z2 = t2;
        kr.z1 = c1;
        kr.z2 = c2;
    }

    /**
     * A mid/side stage then a stereo stage, in one pass: per frame, the mid {@code (l + r) / 2}
     * through {@code mid} and the side {@code (l - r) / 2} through {@code side}, back to left and
     * right ({@code mid + side}, {@code mid - side}) plus {@code addLeft[i]} and
     * {@code addRight[i]}, then each through its own filter into {@code outLeft} and
     * {@code outRight}. Every step, in float and in double, is the one the stages take pass by
     * pass, so the output is the same to the bit; in one loop the four recursions overlap,
     * where a pass of two leaves the CPU waiting on them.
     */
    public static void midSideThenStereo(float[] left, float[] right, Biquad mid, Biquad side, float[] addLeft,
                                         float[] addRight, Biquad leftOut, Biquad rightOut, float[] outLeft,
                                         float[] outRight, int frames) {
        double m0 = mid.b0, m1 = mid.b1, m2 = mid.b2, ma1 = mid.a1, ma2 = mid.a2;
        double s0 = side.b0, s1 = side.b1, s2 = side.b2, sa1 = side.a1, sa2 = side.a2;
        double p0 = leftOut.b0, p1 = leftOut.b1, p2 = leftOut.b2, pa1 = leftOut.a1, pa2 = leftOut.a2;
        double q0 = rightOut.b0, q1 = rightOut.b1, q2 = rightOut.b2, qa1 = rightOut.a1, qa2 = rightOut.a2;
        double mz1 = mid.z1, mz2 = mid.z2, sz1 = side.z1, sz2 = side.z2;
        double pz1 = leftOut.z1, pz2 = leftOut.z2, qz1 = rightOut.z1, qz2 = rightOut.z2;
        for (int i = 0; i < frames; i++) {
            float l = left[i];
            float r = right[i];
            double xm = 0.5f * (l + r);
            double xs = 0.5f * (l - r);
            double ym = m0 * xm + mz1;
            mz1 = m1 * xm - ma1 * ym + mz2;
            mz2 = m2 * xm - ma2 * ym;
            double ys = s0 * xs + sz1;
            sz1 = s1 * xs - sa1 * ys + sz2;
            sz2 = s2 * xs - sa2 * ys;
            float fm = (float) ym;
            float fs = (float) ys;
            double xl = (fm + fs) + addLeft[i];
            double xr = (fm - fs) + addRight[i];
            double yl = p0 * xl + pz1;
            pz1 = p1 * xl - pa1 * yl + pz2;
            pz2 = p2 * xl - pa2 * yl;
            double yr = q0 * xr + qz1;
            qz1 = q1 * xr - qa1 * yr + qz2;
            qz2 = q2 * xr - qa2 * yr;
            outLeft[i] = (float) yl;
            outRight[i] = (float) yr;
        }
        mid.z1 = mz1;
        mid.z2 = mz2;
        side.z1 = sz1;
        side.z2 = sz2;
        leftOut.z1 = pz1;
        leftOut.z2 = pz2;
        rightOut.z1 = qz1;
        rightOut.z2 = qz2;
    }

    /**
     * Two channels, each through two filters side by side whose outputs are summed:
     * {@code outLeft[i] = f(left[i]) + g(left[i])}, {@code outRight[i] = h(right[i]) + k(right[i])}
     * for {@code i} in {@code [0, frames)}, in double. Where a channel's sum falls under
     * {@value #FLUSH} its two filters are {@link #settle settled}, as a signal falling silent
     * would otherwise leave their state decaying through denormals. Why one loop: the four
     * recursions overlap, and their state stays in registers instead of going through the
     * filters' fields at every sample.
     */
    public static void sums(float[] left, Biquad f, Biquad g, float[] right, Biquad h, Biquad k, int frames,
                            double[] outLeft, double[] outRight) {
        double f0 = f.b0, f1 = f.b1, f2 = f.b2, fa1 = f.a1, fa2 = f.a2;
        double g0 = g.b0, g1 = g.b1, g2 = g.b2, ga1 = g.a1, ga2 = g.a2;
        double h0 = h.b0, h1 = h.b1, h2 = h.b2, ha1 = h.a1, ha2 = h.a2;
        double k0 = k.b0, k1 = k.b1, k2 = k.b2, ka1 = k.a1, ka2 = k.a2;
        double fz1 = f.z1, fz2 = f.z2, gz1 = g.z1, gz2 = g.z2;
        double hz1 = h.z1, hz2 = h.z2, kz1 = k.z1, kz2 = k.z2;
        for (int i = 0; i < frames; i++) {
            double x = left[i];
            double yf = f0 * x + fz1;
            fz1 = f1 * x - fa1 * yf + fz2;
            fz2 = f2 * x - fa2 * yf;
            double yg = g0 * x + gz1;
            gz1 = g1 * x - ga1 * yg + gz2;
            gz2 = g2 * x - ga2 * yg;
            double y = yf + yg;
            if (Math.abs(y) < FLUSH) {
                if (Math.abs(fz1) < FLUSH && Math.abs(fz2) < FLUSH) {
                    fz1 = 0;
                    fz2 = 0;
                }
                if (Math.abs(gz1) < FLUSH && Math.abs(gz2) < FLUSH) {
                    gz1 = 0;
                    gz2 = 0;
                }
            }
            outLeft[i] = y;
            double xr = right[i];
            double yh = h0 * xr + hz1;
            hz1 = h1 * xr - ha1 * yh + hz2;
            hz2 = h2 * xr - ha2 * yh;
            double yk = k0 * xr + kz1;
            kz1 = k1 * xr - ka1 * yk + kz2;
            kz2 = k2 * xr - ka2 * yk;
            double yr = yh + yk;
            if (Math.abs(yr) < FLUSH) {
                if (Math.abs(hz1) < FLUSH && Math.abs(hz2) < FLUSH) {
                    hz1 = 0;
                    hz2 = 0;
                }
                if (Math.abs(kz1) < FLUSH && Math.abs(kz2) < FLUSH) {
                    kz1 = 0;
                    kz2 = 0;
                }
            }
            outRight[i] = yr;
        }
        f.z1 = fz1;
        f.z2 = fz2;
        g.z1 = gz1;
        g.z2 = gz2;
        h.z1 = hz1;
        h.z2 = hz2;
        k.z1 = kz1;
        k.z2 = kz2;
    }

    /** Fresh copies of a chain, for the other channel of a stereo pair. */
    public static Biquad[] copies(Biquad[] chain) {
        Biquad[] copies = new Biquad[chain.length];
        for (int k = 0; k < chain.length; k++) {
            copies[k] = chain[k].copy();
        }
        return copies;
    }
}
