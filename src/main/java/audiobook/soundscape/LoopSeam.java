package audiobook.soundscape;

/**
 * Closes a recording into a seamless loop: its last {@code fade} frames are cross-faded into its
 * first ones, and the loop is that much shorter. Played around, the loop's last frame is
 * followed by the frame that followed it in the recording, so the seam itself is a step the
 * recording already had; inside the cross-fade, the gains keep the level steady.
 *
 * <p>The gain law depends on how alike the two overlapping stretches are: equal gain for the
 * same material (a correlation of 1, as a sustained tone), equal power for unrelated material
 * (a correlation of 0, as noise), and in between for the correlation measured. Either alone
 * would bump or dip the level by up to 3 dB in the middle of the fade.
 */
final class LoopSeam {

    private LoopSeam() {
    }

    /** @param x the recording per channel, longer than {@code 2 * fade} frames */
    static float[][] close(float[][] x, int fade) {
        int frames = x[0].length;
        int length = frames - fade;
        double r = Math.max(0, Math.min(1, correlation(x, 0, length, fade)));
        float[][] loop = new float[x.length][length];
        for (int c = 0; c < x.length; c++) {
            System.arraycopy(x[c], 0, loop[c], 0, length);
            for (int i = 0; i < fade; i++) {
                double t = (double) i / fade;
                double in = 0.5 - 0.5 * Math.cos(Math.PI * t);
                double out = 1 - in;
                double norm = Math.sqrt(in * in + out * out + 2 * r * in * out);
                loop[c][i] = (float) ((in * x[c][i] + out * x[c][length + i]) / norm);
            }
        }
        return loop;
    }

    private static double correlation(float[][] x, int a, int b, int frames) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (float[] channel : x) {
            for (int i = 0; i < frames; i++) {
                ab += (double) channel[a + i] * channel[b + i];
                aa += (double) channel[a + i] * channel[a + i];
                bb += (double) channel[b + i] * channel[b + i];
            }
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
