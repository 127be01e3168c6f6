package audiobook.speech;

import java.util.Arrays;

/**
 * Removes the engine's own leading and trailing silence, so the pauses a listener hears are the
 * ones the plan chose, and fades the new edges over a few milliseconds so clips never click.
 */
final class SilenceTrimmer {

    private static final float THRESHOLD = 0.003f;   // about -50 dBFS
    private static final double MARGIN_SECONDS = 0.01;
    private static final double FADE_SECONDS = 0.004;
    private static final double SILENT_CLIP_SECONDS = 0.1;

    private SilenceTrimmer() {
    }

    static float[] trim(float[] samples, int sampleRate) {
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < THRESHOLD) {
            first++;
        }
        int last = samples.length - 1;
        while (last > first && Math.abs(samples[last]) < THRESHOLD) {
            last--;
        }
        if (first >= samples.length) {
            // Nothing was said (a symbol the voice has no sound for): a short silence, so the
            // segment still has a place and a caption of its own in the chapter's timeline.
            return new float[(int) (SILENT_CLIP_SECONDS * sampleRate)];
        }
        int margin = (int) (MARGIN_SECONDS * sampleRate);
        float[] out = Arrays.copyOfRange(samples, Math.max(0, first - margin), Math.min(samples.length, last + 1 + margin));
        int fade = Math.min(out.length / 2, (int) (FADE_SECONDS * sampleRate));
        for (int i = 0; i < fade; i++) {
            float g = (float) i / fade;
            out[i] *= g;
            out[out.length - 1 - i] *= g;
        }
        return out;
    }
}
