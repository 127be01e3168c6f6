package audiobook.speech;

import be.tarsos.dsp.resample.Resampler;

/**
 * Gives a clip of kevin16 another vocal tract ({@link VocalTract}): resampling by the formant
 * factor moves every formant (and the pitch, which FreeTTS was asked for lower by as much to
 * make up for it) and shortens or lengthens the clip; {@link Wsola} then restores its duration
 * without touching either; a high shelf tilts the spectrum. The result has the input's RMS level
 * (a voice is not louder for being higher) and faded edges, like every clip.
 */
final class VoiceShaper {

    /** Part of the cache key of every shaped clip: bump it whenever shaping changes the samples. */
    static final int VERSION = 1;
    private static final double SHELF_HZ = 1500;
    private static final double FADE_SECONDS = 0.004;

    private VoiceShaper() {
    }

    static float[] shape(float[] in, int sampleRate, VocalTract tract) {
        if (tract.isNone() || in.length == 0) {
            return in;
        }
        float[] shifted = tract.formants() == 1 ? in : resample(in, 1 / tract.formants());
        float[] restored = tract.formants() == 1 ? shifted
                : fit(Wsola.stretch(shifted, sampleRate, (double) in.length / shifted.length), in.length);
        float[] tilted = tract.tiltDb() == 0 ? restored : highShelf(restored, sampleRate, tract.tiltDb());
        matchLevel(tilted, in);
        fadeEdges(tilted, sampleRate);
        return tilted;
    }

    /** TarsosDSP's high-quality resampler, in one call: time-aligned, band-limited (DSP-NOTES §4). */
    private static float[] resample(float[] in, double factor) {
        Resampler resampler = new Resampler(true, factor, factor);
        float[] out = new float[(int) Math.ceil(in.length * factor) + 64];
        Resampler.Result result = resampler.process(factor, in, 0, in.length, true, out, 0, out.length);
        return fit(out, Math.min(result.outputSamplesGenerated, (int) Math.round(in.length * factor)));
    }

    private static float[] fit(float[] x, int length) {
        return x.length == length ? x : java.util.Arrays.copyOf(x, length);
    }

    /** RBJ high shelf (slope 0.5, gentle), in double precision. */
    private static float[] highShelf(float[] x, int sampleRate, double gainDb) {
        double a = Math.pow(10, gainDb / 40);
        double w0 = 2 * Math.PI * SHELF_HZ / sampleRate;
        double cos = Math.cos(w0);
        double alpha = Math.sin(w0) / 2 * Math.sqrt((a + 1 / a) * (1 / 0.5 - 1) + 2);
        double sq = 2 * Math.sqrt(a) * alpha;
        double b0 = a * ((a + 1) + (a - 1) * cos + sq);
        double b1 = -2 * a * ((a - 1) + (a + 1) * cos);
        double b2 = a * ((a + 1) + (a - 1) * cos - sq);
        double a0 = (a + 1) - (a - 1) * cos + sq;
        double a1 = 2 * ((a - 1) - (a + 1) * cos);
        double a2 = (a + 1) - (a - 1) * cos - sq;
        float[] y = new float[x.length];
        double x1 = 0;
        double x2 = 0;
        double y1 = 0;
        double y2 = 0;
        for (int i = 0; i < x.length; i++) {
            double out = (b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
            x2 = x1;
            x1 = x[i];
            y2 = y1;
            y1 = out;
            y[i] = (float) out;
        }
        return y;
    }

    /** Scales to the original's RMS, or lower if that would put a peak above -1 dBFS. */
    private static void matchLevel(float[] y, float[] original) {
        double target = rms(original);
        double now = rms(y);
        if (now < 1e-9) {
            return;
        }
        double peak = 0;
        for (float v : y) {
            peak = Math.max(peak, Math.abs(v));
        }
        double gain = Math.min(target / now, 0.891 / Math.max(peak, 1e-9));
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (y[i] * gain);
        }
    }

    private static double rms(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / Math.max(1, x.length));
    }

    private static void fadeEdges(float[] y, int sampleRate) {
        int fade = Math.min(y.length / 2, (int) (FADE_SECONDS * sampleRate));
        for (int i = 0; i < fade; i++) {
            float g = (float) i / fade;
            y[i] *= g;
            y[y.length - 1 - i] *= g;
        }
    }
}
