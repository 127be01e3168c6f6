package audiobook.soundscape;

/**
 * A double-precision RBJ biquad that streams. TarsosDSP's LowPassFS is wrong below about 150 Hz
 * and its BiQuadFilter cannot stream (DSP-NOTES §5), so the thunder's low stages use this. Its
 * band-pass serves the wind's body: TarsosDSP's two-pole BandPass leaks towards Nyquist once its
 * bandwidth nears its centre (measured: centre 300 Hz, width 600 Hz put 77 % of white noise's
 * energy above 1.5 kHz), and the wind's centre falls that low at small intensities.
 */
final class Biquad {

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

    static Biquad lowPass(double cutoffHz, double q, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        f.setLowPass(cutoffHz, q);
        return f;
    }

    static Biquad highPass(double cutoffHz, double q, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        double w = 2 * Math.PI * cutoffHz / sampleRate;
        double alpha = Math.sin(w) / (2 * q);
        double c = Math.cos(w);
        f.set((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
        return f;
    }

    /** A band-pass of unit gain at its centre, -3 dB points about {@code bandwidthHz} apart. */
    static Biquad bandPass(double centreHz, double bandwidthHz, int sampleRate) {
        Biquad f = new Biquad(sampleRate);
        f.setBandPass(centreHz, bandwidthHz);
        return f;
    }

    /** RMS gain of a two-pole band-pass on white noise: its noise bandwidth is about pi/2 times its width. */
    static double bandPassNoiseGain(double bandwidthHz, int sampleRate) {
        return Math.sqrt(Math.PI / 2 * bandwidthHz / (sampleRate / 2.0));
    }

    /** Retunes the band-pass, keeping the filter's state so a wandering centre does not click. */
    void setBandPass(double centreHz, double bandwidthHz) {
        double w = 2 * Math.PI * centreHz / sampleRate;
        double alpha = Math.sin(w) * bandwidthHz / (2 * centreHz);
        set(alpha, 0, -alpha, 1 + alpha, -2 * Math.cos(w), 1 - alpha);
    }

    /** Retunes the low-pass, keeping the filter's state so a sweep does not click. */
    void setLowPass(double cutoffHz, double q) {
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

    double process(double x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }

    /**
     * Filters {@code buffer[0..frames)} in place through {@code first} then {@code second}, in
     * one pass. Why: each section's recursion waits on its own last output, so a section alone
     * leaves the CPU idle most of each sample; two in one loop overlap (about 1.8 times the
     * throughput of two passes, measured).
     */
    static void cascade(float[] buffer, int frames, Biquad first, Biquad second) {
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
    static void cascade(float[] buffer, int frames, Biquad first, Biquad second, Biquad third) {
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
}
