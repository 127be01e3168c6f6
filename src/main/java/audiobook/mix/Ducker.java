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

    /** The gain per frame (1 = no ducking) for the given speech intervals, read block by block. */
    public Envelope envelope(Timeline timeline) {
        return new Envelope(timeline);
    }

    /** The ducking gain of one chapter, streamed in order. */
    public final class Envelope {
        private final long[] starts;
        private final long[] ends;
        private final long lead;
        private final long hold;
        private final double ducked;
        private final double attack;
        private final double release;
        private long frame;
        private int segment;
        private double gain = 1;

        private Envelope(Timeline timeline) {
            int rate = timeline.sampleRate();
            starts = timeline.starts();
            ends = timeline.ends();
            lead = Math.round(leadSeconds * rate);
            hold = Math.round(holdSeconds * rate);
            ducked = Math.pow(10, -depthDb / 20);
            attack = 1 - Math.exp(-1 / (attackSeconds * rate));
            release = 1 - Math.exp(-1 / (releaseSeconds * rate));
        }

        public void next(float[] out, int frames) {
            for (int i = 0; i < frames; i++, frame++) {
                while (segment < starts.length && frame >= ends[segment] + hold) {
                    segment++;
                }
                boolean speaking = segment < starts.length && frame >= starts[segment] - lead;
                double target = speaking ? ducked : 1;
                gain += (target - gain) * (target < gain ? attack : release);
                out[i] = (float) gain;
            }
        }
    }
}
