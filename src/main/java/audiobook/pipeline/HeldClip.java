package audiobook.pipeline;

import audiobook.speech.SpeechClip;

/**
 * A segment's clip between the speaker and its chapter's {@link ClipStore}: 16-bit samples, the
 * engine's own resolution, half the bytes of floats to keep and to write. Rounding costs
 * nothing audible: at most half a step of 16 bits, below the dither of the files written.
 */
record HeldClip(short[] pcm, int sampleRate) {

    private static final float SCALE = 32768f;

    static HeldClip of(SpeechClip clip) {
        float[] samples = clip.samples();
        short[] pcm = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            pcm[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(samples[i] * SCALE)));
        }
        return new HeldClip(pcm, clip.sampleRate());
    }

    /** The samples as floats in [-1, 1), made afresh on each call. */
    float[] samples() {
        float[] samples = new float[pcm.length];
        for (int i = 0; i < pcm.length; i++) {
            samples[i] = pcm[i] / SCALE;
        }
        return samples;
    }

    int length() {
        return pcm.length;
    }
}
