package audiobook.mix;

/**
 * Ducks the ambience under the voice. Offline we know exactly when speech starts, so the bed
 * starts falling a little before the first syllable (look-ahead at no latency), holds while the
 * voice speaks, and rises slowly after it: short sentence pauses stay mostly ducked, longer
 * paragraph and chapter pauses let the bed come up between them.
 */
public final class Ducker {

    private final double depthDb;
    private final double attackSeconds;
    private final double releaseSeconds;
    private final double leadSeconds;
    private final double holdSeconds;

    public Ducker(double depthDb, double attackSeconds, double releaseSeconds, double leadSeconds, double holdSeconds) {
        this.depthDb = depthDb;
        this.attackSeconds = attackSeconds;
        this.releaseSeconds = releaseSeconds;
        this.leadSeconds = leadSeconds;
        this.holdSeconds = holdSeconds;
    }

    public static Ducker standard() {
        return new Ducker(12, 0.06, 0.6, 0.12, 0.15);
    }

    /** The gain per frame (1 = no ducking) for the given speech intervals. */
    public float[] gain(Narration narration) {
        int frames = narration.samples().length;
        int rate = narration.sampleRate();
        boolean[] speaking = new boolean[frames];
        long lead = Math.round(leadSeconds * rate);
        long hold = Math.round(holdSeconds * rate);
        for (int i = 0; i < narration.starts().length; i++) {
            int from = (int) Math.max(0, narration.starts()[i] - lead);
            int to = (int) Math.min(frames, narration.ends()[i] + hold);
            java.util.Arrays.fill(speaking, from, to, true);
        }
        double ducked = Math.pow(10, -depthDb / 20);
        double attack = 1 - Math.exp(-1 / (attackSeconds * rate));
        double release = 1 - Math.exp(-1 / (releaseSeconds * rate));
        float[] gain = new float[frames];
        double g = 1;
        for (int i = 0; i < frames; i++) {
            double target = speaking[i] ? ducked : 1;
            g += (target - g) * (target < g ? attack : release);
            gain[i] = (float) g;
        }
        return gain;
    }
}
