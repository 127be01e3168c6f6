package audiobook.mix;

import audiobook.audio.Block;
import audiobook.audio.Decibels;
import audiobook.audio.Sink;
import audiobook.audio.Timeline;

/**
 * Measures loudness (ITU-R BS.1770-4, EBU R 128), RMS, sample and true peak and noise floor
 * of mono or stereo audio fed block by block.
 *
 * <p>Memory is fixed except for one double per 100 ms of audio ({@link GatedLoudness}).
 * Blocks of any size are accepted; they are processed in slices of at most
 * {@value #SLICE} frames so the scratch buffers stay small.
 *
 * <p>Channel weights are 1.0; surround weights and LFE exclusion are not modelled, so more
 * than two channels are refused rather than measured wrongly.
 */
public final class LoudnessMeter implements Sink {

    private static final int SLICE = 8192;
    private static final int SPEECH_MARGIN_MS = 50;

    private final int channels;
    private final int sampleRate;
    private final KWeighting[] weighting;
    private final TruePeakFilter[] truePeak;
    private final double[] peakScratch = new double[SLICE];
    private final KWeighting.Plain squares = new KWeighting.Plain();
    private final GatedLoudness gating;
    private final NoiseFloor noiseFloor = new NoiseFloor();
    /** Where speech is, when the caller knows (null: the noise floor finds the pauses by level). */
    private final Timeline speech;
    private final long margin;
    private int speechSpan;

    private long frames;
    private double sumOfSquares;
    private double samplePeak;
    private double interSamplePeak;
    private long hop;
    private double hopEnergy;
    private long window;
    private double windowEnergy;

    public LoudnessMeter(int channels, int sampleRate) {
        this(channels, sampleRate, null);
    }

    /**
     * A meter that knows where the speech is, at its own rate: the noise floor is measured in
     * the windows that lie wholly in the pauses, {@value #SPEECH_MARGIN_MS} ms clear of speech.
     */
    public LoudnessMeter(int channels, int sampleRate, Timeline speech) {
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("only mono or stereo can be measured, got " + channels + " channels");
        }
        if (sampleRate < 8000) {
            throw new IllegalArgumentException("sample rate too low for BS.1770: " + sampleRate);
        }
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.weighting = new KWeighting[channels];
        this.truePeak = new TruePeakFilter[channels];
        for (int c = 0; c < channels; c++) {
            weighting[c] = new KWeighting(sampleRate);
            truePeak[c] = new TruePeakFilter();
        }
        this.gating = new GatedLoudness(sampleRate);
        this.speech = speech;
        this.margin = Math.round(SPEECH_MARGIN_MS / 1000.0 * sampleRate);
    }

    /** Measures a whole piece held in memory: {@code channels[c][i]}, samples in [-1, 1]. */
    public static LoudnessReport measure(float[][] channels, int sampleRate) {
        LoudnessMeter meter = new LoudnessMeter(channels.length, sampleRate);
        meter.accept(channels, 0, channels[0].length);
        return meter.report();
    }

    /** Feeds the next {@code frames} frames, {@code block[c][0..frames)}. */
    @Override
    public void write(Block block) {
        accept(block.channels(), block.frames());
    }

    public void accept(float[][] block, int frames) {
        accept(block, 0, frames);
    }

    /** Feeds the next {@code frames} frames, {@code block[c][offset..offset+frames)}. */
    public void accept(float[][] block, int offset, int frames) {
        if (block.length != channels) {
            throw new IllegalArgumentException("expected " + channels + " channels, got " + block.length);
        }
        for (int done = 0; done < frames; ) {
            int n = Math.min(SLICE, frames - done);
            acceptPeaks(block, offset + done, n);
            acceptEnergies(block, offset + done, n);
            done += n;
        }
    }

    private void acceptPeaks(float[][] block, int offset, int n) {
        for (int c = 0; c < channels; c++) {
            truePeak[c].intervalPeaks(block[c], offset, n, peakScratch, interSamplePeak);
            double max = interSamplePeak;
            for (int i = 0; i < n; i++) {
                if (peakScratch[i] > max) {
                    max = peakScratch[i];
                }
            }
            interSamplePeak = max;
        }
    }

    /** Walks the slice in pieces that end on 100 ms hop or 50 ms noise-window boundaries. */
    private void acceptEnergies(float[][] block, int offset, int n) {
        int pos = 0;
        while (pos < n) {
            long hopEnd = gating.hopStart(hop + 1);
            long windowEnd = windowStart(window + 1);
            int end = (int) Math.min(n, pos + Math.min(hopEnd, windowEnd) - frames);
            double weighted;
            squares.left = 0.0;
            squares.right = 0.0;
            squares.peak = (float) samplePeak;
            if (channels == 2) {
                weighted = KWeighting.sumOfSquares(weighting[0], block[0], weighting[1], block[1],
                        offset + pos, offset + end, squares);
            } else {
                weighted = weighting[0].sumOfSquares(block[0], offset + pos, offset + end, squares);
            }
            samplePeak = squares.peak;
            // The channels' plain sums added in channel order, each from zero, as they always were.
            double plain = 0.0 + squares.left;
            if (channels == 2) {
                plain += squares.right;
            }
            hopEnergy += weighted;
            windowEnergy += plain;
            sumOfSquares += plain;
            frames += end - pos;
            pos = end;
            if (frames == hopEnd) {
                gating.addHop(hopEnergy);
                hopEnergy = 0.0;
                hop++;
            }
            if (frames == windowEnd) {
                double meanSquare = windowEnergy / (channels * (windowEnd - windowStart(window)));
                if (speech == null) {
                    noiseFloor.addWindow(meanSquare);
                } else {
                    noiseFloor.addWindow(meanSquare, inPause(windowStart(window), windowEnd));
                }
                windowEnergy = 0.0;
                window++;
            }
        }
    }

    /** True if no speech (widened by the margin) overlaps {@code [from, to)}; windows come in order. */
    private boolean inPause(long from, long to) {
        long[] starts = speech.starts();
        long[] ends = speech.ends();
        while (speechSpan < starts.length && ends[speechSpan] + margin <= from) {
            speechSpan++;
        }
        return speechSpan == starts.length || starts[speechSpan] - margin >= to;
    }

    private long windowStart(long k) {
        return k * sampleRate / 20;
    }

    /** The figures for everything fed so far; the meter can go on being fed afterwards. */
    public LoudnessReport report() {
        double truePeakLinear = Math.max(interSamplePeak, samplePeak);
        for (TruePeakFilter filter : truePeak) {
            truePeakLinear = Math.max(truePeakLinear, filter.tailPeak());
        }
        return new LoudnessReport(
                gating.integratedLufs(),
                Decibels.fromPower(frames == 0 ? 0.0 : sumOfSquares / ((double) frames * channels)),
                Decibels.fromLinear(truePeakLinear),
                Decibels.fromLinear(samplePeak),
                noiseFloorDbfs(),
                (double) frames / sampleRate,
                gating.loudnessRangeLu());
    }

    /** A piece shorter than one window is judged by the part window it has. */
    private double noiseFloorDbfs() {
        if (noiseFloor.windows() > 0 || frames == 0) {
            return noiseFloor.windows() > 0 ? noiseFloor.dbfs() : Double.NEGATIVE_INFINITY;
        }
        return Decibels.fromPower(windowEnergy / ((double) channels * frames));
    }
}
