package audiobook.mix;

import audiobook.audio.Decibels;
import java.util.SplittableRandom;

/** Deterministic test signals. */
final class TestSignals {

    private TestSignals() {
    }

    static float[] sine(double frequency, double peakDbfs, double seconds, int sampleRate, double phase) {
        int n = (int) Math.round(seconds * sampleRate);
        double amplitude = Decibels.toLinear(peakDbfs);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequency * i / sampleRate + phase));
        }
        return x;
    }

    static float[] sine(double frequency, double peakDbfs, double seconds, int sampleRate) {
        return sine(frequency, peakDbfs, seconds, sampleRate, 0.0);
    }

    /** Zero-mean white noise with the given RMS level. */
    static float[] noise(double rmsDbfs, double seconds, int sampleRate, long seed) {
        int n = (int) Math.round(seconds * sampleRate);
        double scale = Decibels.toLinear(rmsDbfs) * Math.sqrt(3.0); // uniform [-1,1) has RMS 1/sqrt(3)
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (scale * (2 * random.nextDouble() - 1));
        }
        return x;
    }

    static float[] concat(float[]... parts) {
        int n = 0;
        for (float[] p : parts) {
            n += p.length;
        }
        float[] out = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * Speech-like test programme: bursts of noise low-passed at 8 kHz (narration resampled
     * from 16 kHz has nothing above 7 kHz) at {@code burstRmsDbfs}, shaped by 20 ms
     * raised-cosine attacks and releases, 1.5 to 3.5 s long, separated by 0.3 to 1.0 s pauses
     * of white room tone at {@code roomToneDbfs} (digital silence if that is -inf). Channels
     * carry independent noise; the first 0.5 s is room tone.
     */
    static float[][] speechLike(int channels, double seconds, int sampleRate, double burstRmsDbfs,
                                double roomToneDbfs, long seed) {
        int n = (int) Math.round(seconds * sampleRate);
        SplittableRandom random = new SplittableRandom(seed);
        float[][] out = new float[channels][n];
        for (float[] ch : out) {
            speechBandNoise(ch, Decibels.toLinear(burstRmsDbfs), sampleRate, random);
        }
        double tone = Double.isInfinite(roomToneDbfs) ? 0.0 : Decibels.toLinear(roomToneDbfs) * Math.sqrt(3.0);
        int ramp = sampleRate / 50;
        int i = (int) (0.5 * sampleRate);
        fill(out, 0, i, tone, random);
        while (i < n) {
            int len = Math.min(n - i, (int) ((1.5 + 2.0 * random.nextDouble()) * sampleRate));
            for (int k = 0; k < len; k++) {
                double edge = Math.min(1.0, Math.min(k, len - 1 - k) / (double) ramp);
                float envelope = (float) (0.5 - 0.5 * Math.cos(Math.PI * edge));
                for (float[] ch : out) {
                    ch[i + k] *= envelope;
                }
            }
            i += len;
            int pause = Math.min(n - i, (int) ((0.3 + 0.7 * random.nextDouble()) * sampleRate));
            fill(out, i, i + pause, tone, random);
            i += pause;
        }
        return out;
    }

    /** White noise through two 8 kHz Butterworth low-pass sections, scaled to the given RMS. */
    private static void speechBandNoise(float[] x, double rms, int sampleRate, SplittableRandom random) {
        double w = 2 * Math.PI * 8000.0 / sampleRate;
        double alpha = Math.sin(w) / Math.sqrt(2.0), cos = Math.cos(w), a0 = 1 + alpha;
        double b0 = (1 - cos) / 2 / a0, b1 = (1 - cos) / a0, a1 = -2 * cos / a0, a2 = (1 - alpha) / a0;
        double[] z = new double[4];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double v = 2 * random.nextDouble() - 1;
            for (int s = 0; s < 2; s++) {
                double y = b0 * v + z[2 * s];
                z[2 * s] = b1 * v - a1 * y + z[2 * s + 1];
                z[2 * s + 1] = b0 * v - a2 * y;
                v = y;
            }
            x[i] = (float) v;
            sum += v * v;
        }
        float scale = (float) (rms / Math.sqrt(sum / x.length));
        for (int i = 0; i < x.length; i++) {
            x[i] *= scale;
        }
    }

    private static void fill(float[][] out, int from, int to, double scale, SplittableRandom random) {
        for (float[] ch : out) {
            for (int k = from; k < to; k++) {
                ch[k] = (float) (scale * (2 * random.nextDouble() - 1));
            }
        }
    }
}
