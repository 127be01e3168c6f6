package audiobook.mix;

/** Raised-cosine fades at the head and tail of a stem, so a chapter never starts or ends on a step. */
public final class Fades {

    private Fades() {
    }

    public static void apply(float[][] channels, int fadeInFrames, int fadeOutFrames) {
        for (float[] channel : channels) {
            int n = channel.length;
            for (int i = 0; i < Math.min(fadeInFrames, n); i++) {
                channel[i] *= (float) curve((double) i / fadeInFrames);
            }
            for (int i = 0; i < Math.min(fadeOutFrames, n); i++) {
                channel[n - 1 - i] *= (float) curve((double) i / fadeOutFrames);
            }
        }
    }

    private static double curve(double t) {
        return 0.5 - 0.5 * Math.cos(Math.PI * t);
    }
}
