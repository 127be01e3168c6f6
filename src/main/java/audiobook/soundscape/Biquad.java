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

    void process(float[] buffer, int frames) {
        for (int i = 0; i < frames; i++) {
            buffer[i] = (float) process(buffer[i]);
        }
    }
}
