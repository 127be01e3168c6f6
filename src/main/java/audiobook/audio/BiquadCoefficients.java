package audiobook.audio;

/**
 * Coefficients of a second-order IIR section normalised so that a0 = 1:
 * {@code y[n] = b0 x[n] + b1 x[n-1] + b2 x[n-2] - a1 y[n-1] - a2 y[n-2]}.
 */
public record BiquadCoefficients(double b0, double b1, double b2, double a1, double a2) {

    /** Magnitude of the frequency response at {@code frequency} Hz, as a linear gain. */
    public double magnitudeAt(double frequency, double sampleRate) {
        double w = 2 * Math.PI * frequency / sampleRate;
        double c1 = Math.cos(w), s1 = Math.sin(w), c2 = Math.cos(2 * w), s2 = Math.sin(2 * w);
        double numRe = b0 + b1 * c1 + b2 * c2, numIm = -(b1 * s1 + b2 * s2);
        double denRe = 1 + a1 * c1 + a2 * c2, denIm = -(a1 * s1 + a2 * s2);
        return Math.hypot(numRe, numIm) / Math.hypot(denRe, denIm);
    }
}
