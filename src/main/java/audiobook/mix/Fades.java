package audiobook.mix;

/** Raised-cosine fades at the head and tail of a bed, so a chapter never starts or ends on a step. */
public final class Fades {

    private Fades() {
    }

    /** The fade gain at a frame of a piece {@code total} frames long; raised cosine. */
    public static double gainAt(long frame, long total, int fadeInFrames, int fadeOutFrames) {
        double gain = 1;
        if (frame < fadeInFrames) {
            gain *= curve((double) frame / fadeInFrames);
        }
        long fromEnd = total - 1 - frame;
        if (fromEnd < fadeOutFrames) {
            gain *= curve((double) fromEnd / fadeOutFrames);
        }
        return gain;
    }

    private static double curve(double t) {
        return 0.5 - 0.5 * Math.cos(Math.PI * t);
    }
}
