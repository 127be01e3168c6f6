package audiobook.soundscape;

/**
 * A sound from one place that may move: a mono block panned with the constant-power law and
 * heard first by the nearer ear, the farther channel delayed by up to {@link #MAX_DELAY_SECONDS}
 * (a spaced pair about 17 cm apart), the delay ramped across the block and read between samples,
 * so a moving source glides. Why the delay: with level alone every source would be the same
 * signal in both channels above 1 kHz, and many of them (drops, ticks, crests) would make the
 * treble coherent; arriving at different times from different places, they leave it independent
 * as a diffuse field is, while the bass (whose wavelengths dwarf the delay) stays coherent.
 */
final class PointSource {

    static final double MAX_DELAY_SECONDS = 0.0005;

    private final double maxDelay;
    private final int history;
    private final float[] line;

    PointSource(int sampleRate, int blockFrames) {
        maxDelay = MAX_DELAY_SECONDS * sampleRate;
        history = (int) Math.ceil(maxDelay) + 2;
        line = new float[history + blockFrames];
    }

    /** The delay of the left channel for a place (-1 left to 1 right), in frames: a source on the right reaches the left late. */
    static double leftDelay(double place, int sampleRate) {
        return Math.max(0, Math.min(1, place)) * MAX_DELAY_SECONDS * sampleRate;
    }

    static double rightDelay(double place, int sampleRate) {
        return Math.max(0, Math.min(1, -place)) * MAX_DELAY_SECONDS * sampleRate;
    }

    /**
     * Adds {@code mono[0..frames)} into {@code l} and {@code r}, gain and place ramped across the
     * block; the delay is the one at the block's middle (a source moves a few hundredths of a
     * frame's delay in a block: nothing to hear), read between frames.
     */
    void add(float[] l, float[] r, float[] mono, int frames, double gainFrom, double gainTo, double placeFrom,
             double placeTo) {
        System.arraycopy(mono, 0, line, history, frames);
        double middle = 0.5 * (placeFrom + placeTo);
        delayed(l, frames, delay(middle, 1), gainFrom * Pan.left(placeFrom), gainTo * Pan.left(placeTo));
        delayed(r, frames, delay(middle, -1), gainFrom * Pan.right(placeFrom), gainTo * Pan.right(placeTo));
        System.arraycopy(line, frames, line, 0, history);
    }

    private void delayed(float[] out, int frames, double delay, double gainFrom, double gainTo) {
        int whole = (int) delay;
        float late = (float) (delay - whole);
        float early = 1 - late;
        int from = history - whole;
        float gain = (float) gainFrom;
        float step = (float) ((gainTo - gainFrom) / frames);
        for (int i = 0; i < frames; i++) {
            out[i] += (gain + step * i) * (early * line[from + i] + late * line[from + i - 1]);
        }
    }

    private double delay(double place, int side) {
        return Math.max(0, Math.min(1, side * place)) * maxDelay;
    }
}
