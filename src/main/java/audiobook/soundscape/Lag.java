package audiobook.soundscape;

import java.util.ArrayDeque;

/**
 * A control that follows another after a delay: held back for a while, then smoothed by a
 * one-pole, once a block. Farnell's wind drives its whistles and leaves through such lags, so
 * they swell after the gust that moves them, which gives the wind a direction. (A smoother alone
 * would not lag: its response starts at once and only dies slowly.)
 */
final class Lag {

    private final double delayFrames;
    private final double perFrame;
    private final ArrayDeque<Double> held = new ArrayDeque<>();
    private double value = Double.NaN;
    private int delayBlocks = -1;

    Lag(double delaySeconds, double smoothingSeconds, int sampleRate) {
        delayFrames = delaySeconds * sampleRate;
        perFrame = 1 / (Math.max(1e-3, smoothingSeconds) * sampleRate);
    }

    /**
     * Takes the control's value at the end of a block of {@code frames} and gives the lagged
     * value there; the first call starts there.
     */
    double next(double target, int frames) {
        if (delayBlocks < 0) {
            delayBlocks = (int) Math.round(delayFrames / frames);
            for (int k = 0; k < delayBlocks; k++) {
                held.add(target);
            }
        }
        held.add(target);
        double due = held.remove();
        value = Double.isNaN(value) ? due : value + (due - value) * (1 - Math.exp(-frames * perFrame));
        return value;
    }
}
