package audiobook.testing;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/** Measurements for tests: RMS over a range and the share of energy in a frequency band. */
public final class Signals {

    private Signals() {
    }

    public static double rmsDb(float[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) x[i] * x[i];
        }
        return 10 * Math.log10(sum / Math.max(1, to - from) + 1e-30);
    }

    public static double rmsDb(float[] x) {
        return rmsDb(x, 0, x.length);
    }

    /** The fraction of the signal's energy between lowHz and highHz (averaged Hann-windowed FFTs). */
    public static double bandFraction(float[] x, int sampleRate, double lowHz, double highHz) {
        int size = 4096;
        FFT fft = new FFT(size, new HannWindow());
        double in = 0;
        double all = 0;
        float[] frame = new float[size];
        float[] amplitudes = new float[size / 2];
        for (int start = 0; start + size <= x.length; start += size) {
            System.arraycopy(x, start, frame, 0, size);
            fft.forwardTransform(frame);
            fft.modulus(frame, amplitudes);
            for (int k = 1; k < size / 2; k++) {
                double hz = (double) k * sampleRate / size;
                double e = (double) amplitudes[k] * amplitudes[k];
                all += e;
                if (hz >= lowHz && hz < highHz) {
                    in += e;
                }
            }
        }
        return in / all;
    }
}
