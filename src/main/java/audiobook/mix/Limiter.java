package audiobook.mix;

import audiobook.audio.Decibels;

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
 * {@link #flush} returns the rest, so the output has exactly the input's length; a call may
 * return up to {@link #GAIN_BLOCK} frames more than it took, from the delay. Output may
 * be written into the input array behind the read position ({@link #limitInPlace} does so).
 * Audio whose true peak stays under the ceiling (less {@link #MARGIN_DB}) passes bit-exact.
 *
 * <p>Why the gain at a frame covers the peaks on both sides of it: an interpolated peak between
 * frames {@code k} and {@code k+1} is built from both, under a gain that differs between them.
 */
public final class Limiter {

    private static final int SLICE = 4096;
    /**
     * Frames per step of the gain computer. Why not every frame: the smoothing is a dozen
     * dependent operations per step and was a sixth of a build (profiled); the gain moves over
     * milliseconds, so it is computed once per 16 frames (0.36 ms at 44.1 kHz) on the lowest
     * need in them and ramped linearly in between, never above any frame's need.
     */
    static final int GAIN_BLOCK = 16;
    /**
     * Why aim a hair under the ceiling: the gain still moves across the interpolator's 12
     * taps, so an interpolated peak can beat its frame's target slightly (at most 0.0003 dB in
     * 3000 adversarial trials); the rest covers 16-bit rounding and dither afterwards.
     */
    static final double MARGIN_DB = 0.005;

    /** Gain below which a frame counts as limited (0.01 dB), so the release's long tail does not. */
    private static final double LIMITED = Decibels.toLinear(-0.01);
    /** Gain below which a frame counts as limited hard (1 dB): what gentle compression before the limiter keeps rare. */
    private static final double LIMITED_HARD = Decibels.toLinear(-1);

    private final int channels;
    private final double ceiling;
    private final LookAheadGain gain;
    private final int latency;
    private final TruePeakFilter[] detectors;
    private final double[][] peaks;
    /** Audio taken in and not yet given out, per channel; then the gains computed for it so far. */
    private final float[][] audio;
    private int audioCount;
    private final double[] gains;
    private int gainCount;
    /**
     * Gains still to drop: the gain computer's first outputs belong to a look-ahead's worth of
     * blocks before the stream, and the detector's first {@code DELAY} frames precede the audio.
     */
    private int gainsToDrop;
    private double blockNeed = 1.0;
    private int blockFill;
    private double lastBlockGain = 1.0;
    private double lastBoundary = 1.0;
    /** Real frames taken in, frames given out. */
    private long taken;
    private long given;
    private double previousPeak;
    private double minGain = 1.0;
    private long limitedFrames;
    private long hardLimitedFrames;

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
        int window = Math.max(2, (int) Math.ceil(lookAheadMs * sampleRate / 1000.0 / GAIN_BLOCK));
        this.gain = new LookAheadGain(window, releaseMs * sampleRate / 1000.0 / GAIN_BLOCK);
        // A frame's gain is known once the need of the blocks a look-ahead after its own is.
        this.latency = TruePeakFilter.DELAY + (window + 1) * GAIN_BLOCK;
        this.gainsToDrop = window * GAIN_BLOCK + TruePeakFilter.DELAY;
        this.detectors = new TruePeakFilter[channels];
        this.peaks = new double[channels][SLICE];
        this.audio = new float[channels][latency + SLICE + GAIN_BLOCK];
        this.gains = new double[latency + SLICE + 2 * GAIN_BLOCK];
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

    /** Frames between a frame going in and coming out, at most. */
    public int latencyFrames() {
        return latency;
    }

    /** As {@link #process(float[][], int, int, float[][], int)} from and to offset 0. */
    public int process(float[][] in, int frames, float[][] out) {
        return process(in, 0, frames, out, 0);
    }

    /**
     * Takes {@code in[c][inOffset..inOffset+frames)}, writes the frames that are ready to
     * {@code out[c][outOffset..)} and returns how many it wrote: about {@code frames} once the
     * delay has filled, never more than have been taken and not yet written.
     */
    public int process(float[][] in, int inOffset, int frames, float[][] out, int outOffset) {
        if (in.length != channels || out.length != channels) {
            throw new IllegalArgumentException("expected " + channels + " channels in and out");
        }
        int written = 0;
        for (int done = 0; done < frames; done += SLICE) {
            int n = Math.min(SLICE, frames - done);
            take(in, inOffset + done, n, true);
            written += give(out, outOffset + written);
        }
        return written;
    }

    /**
     * Ends the stream: writes the frames still held back to {@code out[c][outOffset..)} and
     * returns how many (at most {@code latencyFrames()}). Only call it once, at the end.
     */
    public int flush(float[][] out, int outOffset) {
        float[][] silence = new float[channels][GAIN_BLOCK];
        int written = 0;
        while (given < taken) {
            take(silence, 0, GAIN_BLOCK, false);
            written += give(out, outOffset + written);
        }
        return written;
    }

    /** Detects the slice's peaks, queues its audio (real frames only) and the gains they settle. */
    private void take(float[][] in, int offset, int n, boolean real) {
        for (int c = 0; c < channels; c++) {
            detectors[c].intervalPeaks(in[c], offset, n, peaks[c], ceiling);
            if (real) {
                System.arraycopy(in[c], offset, audio[c], audioCount, n);
            }
        }
        if (real) {
            audioCount += n;
            taken += n;
        }
        double[] loudest = peaks[0];
        for (int c = 1; c < channels; c++) {
            double[] other = peaks[c];
            for (int i = 0; i < n; i++) {
                if (other[i] > loudest[i]) {
                    loudest[i] = other[i];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double both = loudest[i] > previousPeak ? loudest[i] : previousPeak; // peaks are never NaN or -0.0
            previousPeak = loudest[i];
            if (both > ceiling) {
                blockNeed = Math.min(blockNeed, ceiling / both);
            }
            if (++blockFill == GAIN_BLOCK) {
                settleBlock();
            }
        }
    }

    /**
     * The gain computer's next output is the gain of a block a look-ahead back; the boundary
     * between it and the block before takes the lower of the two, and the frames of the block
     * before ramp linearly from its first boundary to this one. Neither end exceeds that
     * block's gain, which does not exceed the lowest need in it, so no frame's gain exceeds
     * its need.
     */
    private void settleBlock() {
        double blockGain = gain.next(blockNeed);
        double boundary = Math.min(lastBlockGain, blockGain);
        double step = (boundary - lastBoundary) / GAIN_BLOCK;
        for (int j = 0; j < GAIN_BLOCK; j++) {
            double g = j == 0 ? lastBoundary : lastBoundary + step * j;
            if (gainsToDrop > 0) {
                gainsToDrop--;
            } else {
                gains[gainCount++] = g;
            }
        }
        lastBlockGain = blockGain;
        lastBoundary = boundary;
        blockNeed = 1.0;
        blockFill = 0;
    }

    /** Writes the queued frames whose gains are known, at most those still owed, and drops them from the queues. */
    private int give(float[][] out, int outOffset) {
        int count = (int) Math.min(Math.min(audioCount, gainCount), taken - given);
        for (int c = 0; c < channels; c++) {
            float[] a = audio[c], o = out[c];
            for (int j = 0; j < count; j++) {
                o[outOffset + j] = (float) (a[j] * gains[j]);
            }
            System.arraycopy(a, count, a, 0, audioCount - count);
        }
        double lowest = minGain;
        for (int j = 0; j < count; j++) {
            double g = gains[j];
            limitedFrames += g < LIMITED ? 1 : 0;
            hardLimitedFrames += g < LIMITED_HARD ? 1 : 0;
            if (g < lowest) { // cheaper than Math.min, which minds NaN and -0.0: a gain is neither
                lowest = g;
            }
        }
        minGain = lowest;
        System.arraycopy(gains, count, gains, 0, gainCount - count);
        audioCount -= count;
        gainCount -= count;
        given += count;
        return count;
    }

    /** What has been done to the frames put out so far. */
    public LimiterReport report() {
        return new LimiterReport(minGain < 1.0 ? -Decibels.fromLinear(minGain) : 0.0, limitedFrames, hardLimitedFrames, given);
    }
}
