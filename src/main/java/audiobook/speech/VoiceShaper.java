package audiobook.speech;

import audiobook.audio.Biquad;
import audiobook.audio.TarsosDsp;

/**
 * Gives a clip of kevin16 another vocal tract ({@link VocalTract}): resampling by the formant
 * factor moves every formant (and the pitch, which FreeTTS was asked for lower by as much to
 * make up for it) and shortens or lengthens the clip; {@link Wsola} then restores its duration
 * without touching either; a high shelf tilts the spectrum. The result has the input's RMS level
 * (a voice is not louder for being higher) and faded edges, like every clip.
 */
final class VoiceShaper {

    /** Part of the cache key of every shaped clip: bump it whenever shaping changes the samples. */
    static final int VERSION = 2;
    private static final double SHELF_HZ = 1500;
    private static final double FADE_SECONDS = 0.004;

    private VoiceShaper() {
    }

    static float[] shape(float[] in, int sampleRate, VocalTract tract) {
        if (tract.isNone() || in.length == 0) {
            return in;
        }
        float[] shifted = tract.formants() == 1 ? in : TarsosDsp.resample(in, 1 / tract.formants());
        float[] restored = tract.formants() == 1 ? shifted
                : fit(Wsola.stretch(shifted, sampleRate, (double) in.length / shifted.length), in.length);
        float[] tilted = tract.tiltDb() == 0 ? restored : highShelf(restored, sampleRate, tract.tiltDb());
        matchLevel(tilted, in);
        fadeEdges(tilted, sampleRate);
        return tilted;
    }

    private static float[] fit(float[] x, int length) {
        return x.length == length ? x : java.util.Arrays.copyOf(x, length);
    }

    /** A gentle high shelf (RBJ, slope 0.5). */
    private static float[] highShelf(float[] x, int sampleRate, double gainDb) {
        float[] y = x.clone();
        Biquad.highShelf(SHELF_HZ, gainDb, 0.5, sampleRate).filter(y, y.length);
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
