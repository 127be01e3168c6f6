package audiobook.mix;

/**
 * Look-ahead true-peak limiter for offline mastering, linked across channels.
 *
 * <p>Each frame's 4x-oversampled peak ({@link TruePeakFilter}) gives the gain it needs to stay
 * at or under the ceiling; {@link LookAheadGain} turns that into a smooth gain that reaches
 * each need in time, ramping over the look-ahead and recovering with the release. Audio is
 * delayed by {@link #latencyFrames()} to meet its gain, and the delay is taken back out of
 * the interface: output frame {@code k} is input frame {@code k}.
 *
 * <p>Streaming: {@link #process} returns fewer frames than it takes while the delay fills,
 * {@link #flush} returns the rest, so the output has exactly the input's length. Output may
 * be written into the input array behind the read position ({@link #limitInPlace} does so).
 * Audio whose true peak stays under the ceiling (less {@link #MARGIN_DB}) passes bit-exact.
 *
 * <p>Why the gain at a frame covers the peaks on both sides of it: an interpolated peak between
 * frames {@code k} and {@code k+1} is built from both, under a gain that differs between them.
 */
public final class Limiter {

    private static final int SLICE = 4096;
    /**
     * Why aim a hair under the ceiling: the gain still moves across the interpolator's 12
     * taps, so an interpolated peak can beat its frame's target slightly (at most 0.0003 dB in
     * 3000 adversarial trials); the rest covers 16-bit rounding and dither afterwards.
     */
    static final double MARGIN_DB = 0.005;

    /** Gain below which a frame counts as limited (0.01 dB), so the release's long tail does not. */
    private static final double LIMITED = Decibels.toLinear(-0.01);

    private final int channels;
    private final double ceiling;
    private final LookAheadGain gain;
    private final int latency;
    private final TruePeakFilter[] detectors;
    private final double[][] peaks;
    private final float[][] work;
    private final double[] gains = new double[SLICE];
    /** Frames through the delay line (padding included), real frames taken in, frames given out. */
    private long passed;
    private long taken;
    private long given;
    private double previousPeak;
    private double minGain = 1.0;
    private long limitedFrames;

    /**
     * @param ceilingDbtp  highest true peak allowed out, e.g. -1.0
     * @param lookAheadMs  time the gain takes to ramp down, e.g. 5
     * @param releaseMs    time constant of the recovery, e.g. 150
     */
    public Limiter(int channels, int sampleRate, double ceilingDbtp, double lookAheadMs, double releaseMs) {
        this(channels, sampleRate, ceilingDbtp, lookAheadMs, releaseMs, true);
    }

    /**
     * @param truePeak false to hold only the samples under the ceiling (a sample-peak limiter,
     *                 for ACX's sample-peak limit), skipping the oversampling
     */
    public Limiter(int channels, int sampleRate, double ceilingDbtp, double lookAheadMs, double releaseMs,
                   boolean truePeak) {
        if (channels < 1 || sampleRate < 1 || lookAheadMs <= 0 || releaseMs < 0) {
            throw new IllegalArgumentException("invalid limiter settings");
        }
        this.channels = channels;
        this.ceiling = Decibels.toLinear(ceilingDbtp - MARGIN_DB);
        int window = Math.max(2, (int) Math.round(lookAheadMs * sampleRate / 1000.0));
        this.gain = new LookAheadGain(window, releaseMs * sampleRate / 1000.0);
        this.latency = TruePeakFilter.DELAY + window - 1;
        this.detectors = new TruePeakFilter[channels];
        this.peaks = new double[channels][SLICE];
        this.work = new float[channels][latency + SLICE];
        for (int c = 0; c < channels; c++) {
            detectors[c] = new TruePeakFilter(truePeak);
        }
    }

    /** Limits a whole piece in place with the given settings and reports what it did. */
    public static LimiterReport limitInPlace(float[][] audio, int sampleRate, double ceilingDbtp,
                                             double lookAheadMs, double releaseMs) {
        Limiter limiter = new Limiter(audio.length, sampleRate, ceilingDbtp, lookAheadMs, releaseMs);
        int written = 0;
        for (int read = 0; read < audio[0].length; read += SLICE) {
            int n = Math.min(SLICE, audio[0].length - read);
            written += limiter.process(audio, read, n, audio, written);
        }
        limiter.flush(audio, written);
        return limiter.report();
    }

    /** Frames between a frame going in and coming out. */
    public int latencyFrames() {
        return latency;
    }

    /** As {@link #process(float[][], int, int, float[][], int)} from and to offset 0. */
    public int process(float[][] in, int frames, float[][] out) {
        return process(in, 0, frames, out, 0);
    }

    /**
     * Takes {@code in[c][inOffset..inOffset+frames)}, writes the frames that are ready to
     * {@code out[c][outOffset..)} and returns how many it wrote (at most {@code frames}).
     */
    public int process(float[][] in, int inOffset, int frames, float[][] out, int outOffset) {
        if (in.length != channels || out.length != channels) {
            throw new IllegalArgumentException("expected " + channels + " channels in and out");
        }
        int written = 0;
        for (int done = 0; done < frames; done += SLICE) {
            int n = Math.min(SLICE, frames - done);
            detect(in, inOffset + done, n);
            written += limitSlice(in, inOffset + done, n, out, outOffset + written, true);
        }
        return written;
    }

    private void detect(float[][] in, int offset, int n) {
        for (int c = 0; c < channels; c++) {
            detectors[c].intervalPeaks(in[c], offset, n, peaks[c], ceiling);
        }
    }

    /**
     * Ends the stream: writes the frames still held back to {@code out[c][outOffset..)} and
     * returns how many (at most {@code latencyFrames()}). Only call it once, at the end.
     */
    public int flush(float[][] out, int outOffset) {
        float[][] silence = new float[channels][Math.min(SLICE, latency)];
        int written = 0;
        while (given < taken) {
            detect(silence, 0, silence[0].length);
            written += limitSlice(silence, 0, silence[0].length, out, outOffset + written, false);
        }
        return written;
    }

    /**
     * Limits {@code n} frames whose peaks are in {@code peaks}; {@code real} is false for the
     * flush's padding. Each channel's {@code work} holds the delay line followed by the slice,
     * so frame {@code i}'s delayed sample is {@code work[c][i]}.
     */
    private int limitSlice(float[][] in, int offset, int n, float[][] out, int outOffset, boolean real) {
        computeGains(n);
        for (int c = 0; c < channels; c++) {
            System.arraycopy(in[c], offset, work[c], latency, n);
        }
        int skip = (int) Math.max(0, Math.min(n, latency - passed));
        passed += n;
        taken += real ? n : 0;
        int count = (int) Math.min(n - skip, taken - given);
        for (int c = 0; c < channels; c++) {
            float[] w = work[c], o = out[c];
            for (int j = 0; j < count; j++) {
                o[outOffset + j] = (float) (w[skip + j] * gains[skip + j]);
            }
            System.arraycopy(w, n, w, 0, latency);
        }
        for (int j = skip; j < skip + count; j++) {
            limitedFrames += gains[j] < LIMITED ? 1 : 0;
            minGain = Math.min(minGain, gains[j]);
        }
        given += count;
        return count;
    }

    private void computeGains(int n) {
        double[] loudest = peaks[0];
        for (int c = 1; c < channels; c++) {
            for (int i = 0; i < n; i++) {
                loudest[i] = Math.max(loudest[i], peaks[c][i]);
            }
        }
        for (int i = 0; i < n; i++) {
            double both = Math.max(loudest[i], previousPeak);
            previousPeak = loudest[i];
            gains[i] = gain.next(both > ceiling ? ceiling / both : 1.0);
        }
    }

    /** What has been done to the frames put out so far. */
    public LimiterReport report() {
        return new LimiterReport(minGain < 1.0 ? -Decibels.fromLinear(minGain) : 0.0, limitedFrames, given);
    }
}
