package audiobook.soundscape;

/**
 * The constant-power pan law, and a source in the middle with its gain ramped across a block. Positions run from -1 (left) to 1
 * (right); the gains' squares sum to 2, so a source of RMS 1 gives each channel an RMS of 1 on
 * average, as every noise layer does. {@link PointSource} adds the arrival-time difference.
 */
final class Pan {

    private Pan() {
    }

    static double left(double position) {
        return Math.sqrt(2) * Math.cos((clamp(position) + 1) * Math.PI / 4);
    }

    static double right(double position) {
        return Math.sqrt(2) * Math.sin((clamp(position) + 1) * Math.PI / 4);
    }

    /** Adds {@code mono[0..frames)} into both {@code l} and {@code r}: a source in the middle, its gain ramped. */
    static void centre(float[] l, float[] r, float[] mono, int frames, double from, double to) {
        float start = (float) from;
        float step = (float) ((to - from) / frames);
        for (int i = 0; i < frames; i++) {
            float x = (start + step * i) * mono[i];
            l[i] += x;
            r[i] += x;
        }
    }

    private static double clamp(double position) {
        return Math.max(-1, Math.min(1, position));
    }
}
