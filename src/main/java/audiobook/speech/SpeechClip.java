package audiobook.speech;

/**
 * Synthesised speech for one segment: mono samples in [-1, 1] at the engine's rate. The array
 * is owned by the clip; nobody writes to it after synthesis.
 */
public record SpeechClip(float[] samples, int sampleRate) {

    public double seconds() {
        return (double) samples.length / sampleRate;
    }
}
