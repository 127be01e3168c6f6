package audiobook.mix;

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
     * Speech-like test programme: bursts of noise at {@code burstRmsDbfs} shaped by a 20 ms
     * raised-cosine attack and release, 1.5 to 3.5 s long, separated by 0.3 to 1.0 s pauses
     * of room tone at {@code roomToneDbfs} (digital silence if that is -inf). Channels carry
     * independent noise.
     */
    static float[][] speechLike(int channels, double seconds, int sampleRate, double burstRmsDbfs,
                                double roomToneDbfs, long seed) {
        int n = (int) Math.round(seconds * sampleRate);
        SplittableRandom random = new SplittableRandom(seed);
        float[][] out = new float[channels][n];
        double burst = Decibels.toLinear(burstRmsDbfs) * Math.sqrt(3.0);
        double tone = Double.isInfinite(roomToneDbfs) ? 0.0 : Decibels.toLinear(roomToneDbfs) * Math.sqrt(3.0);
        int ramp = sampleRate / 50;
        int i = (int) (0.5 * sampleRate);
        fill(out, 0, i, tone, random);
        while (i < n) {
            int len = Math.min(n - i, (int) ((1.5 + 2.0 * random.nextDouble()) * sampleRate));
            for (int k = 0; k < len; k++) {
                double edge = Math.min(1.0, Math.min(k, len - 1 - k) / (double) ramp);
                double envelope = 0.5 - 0.5 * Math.cos(Math.PI * edge);
                for (float[] ch : out) {
                    ch[i + k] = (float) (burst * envelope * (2 * random.nextDouble() - 1));
                }
            }
            i += len;
            int pause = Math.min(n - i, (int) ((0.3 + 0.7 * random.nextDouble()) * sampleRate));
            fill(out, i, i + pause, tone, random);
            i += pause;
        }
        return out;
    }

    private static void fill(float[][] out, int from, int to, double scale, SplittableRandom random) {
        for (float[] ch : out) {
            for (int k = from; k < to; k++) {
                ch[k] = (float) (scale * (2 * random.nextDouble() - 1));
            }
        }
    }
}
