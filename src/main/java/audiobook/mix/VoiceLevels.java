package audiobook.mix;

/**
 * How loud a chapter's narration is, measured before it is resampled: K-weighted energy per
 * 100 ms hop (for the immersive master's loudness) and the plain energy (for the dry master's
 * RMS). Measuring the engine's 16 kHz clips costs a fraction of measuring the 44.1 kHz
 * narration, and both figures carry over: resampling keeps a band-limited signal's energy per
 * second, and the hops cover the same 100 ms of time at either rate.
 */
public final class VoiceLevels {

    private final KWeightedHops hops;
    private final int sampleRate;
    private double sumOfSquares;
    private long frames;

    private VoiceLevels(int sampleRate) {
        this.sampleRate = sampleRate;
        this.hops = new KWeightedHops(1, sampleRate);
    }

    /** Measures a whole chapter's narration read from a track at the clips' own rate. */
    public static VoiceLevels measure(Timeline timeline, NarrationTrack narration) {
        VoiceLevels levels = new VoiceLevels(timeline.sampleRate());
        float[][] block = new float[1][4096];
        for (long pos = 0; pos < timeline.frames(); pos += block[0].length) {
            int n = (int) Math.min(block[0].length, timeline.frames() - pos);
            narration.next(block[0], n);
            levels.hops.accept(block, n);
            for (int i = 0; i < n; i++) {
                levels.sumOfSquares += (double) block[0][i] * block[0][i];
            }
            levels.frames += n;
        }
        return levels;
    }

    /** RMS of the narration over the whole chapter, linear. */
    double rms() {
        return Math.sqrt(sumOfSquares / Math.max(1, frames));
    }

    /** The voice's K-weighted hops, scaled to energy per hop at {@code outputRate}. */
    KWeightedHops hops() {
        return hops;
    }

    /** Energy of a hop grows with the number of frames in it: the factor from this rate to another. */
    double energyScaleTo(int outputRate) {
        return (double) outputRate / sampleRate;
    }
}
