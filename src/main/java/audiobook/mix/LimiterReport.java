package audiobook.mix;

/**
 * What a {@link Limiter} did.
 *
 * @param maxGainReductionDb deepest gain reduction applied, in dB (0 if nothing was limited)
 * @param limitedFrames      frames whose gain was reduced by more than 0.01 dB
 * @param hardLimitedFrames  frames whose gain was reduced by more than 1 dB
 * @param frames             frames put out
 */
public record LimiterReport(double maxGainReductionDb, long limitedFrames, long hardLimitedFrames, long frames) {

    /** The share of the frames limited by more than 1 dB. */
    public double hardLimitedShare() {
        return frames == 0 ? 0 : (double) hardLimitedFrames / frames;
    }
}
