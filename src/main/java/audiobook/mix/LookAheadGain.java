package audiobook.mix;

/**
 * Turns the gain each frame needs into a smooth gain that never exceeds it, by looking
 * {@code window - 1} frames ahead. Used by {@link Limiter}.
 *
 * <p>How: the needed gain is held at its minimum over the next {@code window} frames, allowed
 * to recover only at the release rate, then averaged by two moving averages whose lengths add
 * up to {@code window + 1}. Every averaged value is a minimum over a stretch containing the
 * current frame, so the average cannot exceed that frame's need; and a drop arrives as an
 * S-shaped ramp across the look-ahead, never as a step. The largest change per frame is the
 * depth of the drop divided by the longer average's length.
 */
final class LookAheadGain {

    /** Gains this close to 1 count as 1, so a recovered limiter passes audio bit-exact. */
    private static final double UNITY_SNAP = 1e-9;

    private final SlidingMinimum hold;
    private final double release;
    private final MovingAverage first;
    private final MovingAverage second;
    private final long idleAfter;
    private double recovering = 1.0;
    private long unityRun;

    /**
     * @param window           look-ahead in frames, at least 2
     * @param releaseFrames    time constant of the recovery, in frames
     */
    LookAheadGain(int window, double releaseFrames) {
        this.hold = new SlidingMinimum(window);
        this.release = Math.exp(-1.0 / Math.max(1.0, releaseFrames));
        int firstLength = (window + 2) / 2;
        this.first = new MovingAverage(firstLength);
        this.second = new MovingAverage(window + 1 - firstLength);
        this.idleAfter = 4L * window + 8;
    }

    /** Longest of the two averages: a drop of depth d changes the gain by at most d / this per frame. */
    int rampFrames() {
        return Math.max(first.length(), second.length());
    }

    /** Takes the gain frame {@code n} needs and returns the gain for frame {@code n - window + 1}. */
    double next(double needed) {
        if (needed == 1.0 && unityRun >= idleAfter) {
            // Why this is exact: the hold, both averages and the release all hold nothing but
            // ones after this many unity frames (and the averages have re-added their sums),
            // and pushing another one would leave every one of them as it is.
            return 1.0;
        }
        double held = hold.push(needed);
        double recovered = 1.0 - (1.0 - recovering) * release;
        recovering = Math.min(held, recovered > 1.0 - UNITY_SNAP ? 1.0 : recovered);
        unityRun = needed == 1.0 && recovering == 1.0 ? unityRun + 1 : 0;
        return Math.min(1.0, second.next(first.next(recovering)));
    }

    /** Mean of the last {@code length} values, starting from a history of ones. */
    private static final class MovingAverage {
        private final double[] ring;
        private int at;
        private double sum;

        MovingAverage(int length) {
            ring = new double[length];
            java.util.Arrays.fill(ring, 1.0);
            sum = length;
        }

        int length() {
            return ring.length;
        }

        double next(double value) {
            sum += value - ring[at];
            ring[at] = value;
            if (++at == ring.length) {
                at = 0;
                sum = resum(); // why: a running sum drifts; re-adding once per lap keeps 1.0 exact
            }
            return sum / ring.length;
        }

        private double resum() {
            double s = 0.0;
            for (double v : ring) {
                s += v;
            }
            return s;
        }
    }
}
