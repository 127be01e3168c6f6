package audiobook.audio;

import be.tarsos.dsp.pitch.PitchDetectionResult;
import be.tarsos.dsp.pitch.Yin;
import be.tarsos.dsp.resample.Resampler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one door to TarsosDSP: the only class that imports it. What it is used for, and why it
 * and nothing hand-written:
 * <ul>
 * <li>{@link #resample}: its high-quality libresample port (flat to 6 kHz, images below
 * −62 dB) for any ratio — the voices' vocal-tract change and user loops at other rates. The
 * narration's fixed 16 → 44.1 kHz is the one ratio with a faster polyphase filter of our own.</li>
 * <li>{@link #yin}: its YIN pitch tracker, to measure the voices (the {@code voices} command).</li>
 * </ul>
 * What was tried and left: its filters (LowPassFS is wrong below about 150 Hz, BiQuadFilter
 * cannot stream, BandPass leaks towards Nyquist once its width nears its centre: DSP-NOTES §5;
 * {@link Biquad} is ours), its RateTransposer (hard-wired to low quality, drops samples) and its
 * WSOLA (it cannot stream and shifts channels apart; {@code speech.Wsola} is ours).
 */
public final class TarsosDsp {

    private static final Map<Double, Resampler> FRESH = new ConcurrentHashMap<>();

    private TarsosDsp() {
    }

    /**
     * {@code in} resampled by {@code factor} (output rate over input rate), time-aligned and
     * band-limited, exactly {@code round(in.length × factor)} samples long.
     */
    public static float[] resample(float[] in, double factor) {
        // The resampler keeps per-stream state, so each call gets its own instance: a copy of a
        // fresh one, which skips recomputing the filter table.
        Resampler resampler = new Resampler(FRESH.computeIfAbsent(factor, f -> new Resampler(true, f, f)));
        float[] out = new float[(int) Math.ceil(in.length * factor) + 64];
        Resampler.Result result = resampler.process(factor, in, 0, in.length, true, out, 0, out.length);
        int wanted = (int) Math.round(in.length * factor);
        float[] trimmed = new float[wanted];
        System.arraycopy(out, 0, trimmed, 0, Math.min(wanted, result.outputSamplesGenerated));
        return trimmed;
    }

    /** A pitch tracker over frames of {@code frameSize} samples. */
    public static PitchTracker yin(int sampleRate, int frameSize) {
        Yin yin = new Yin(sampleRate, frameSize);
        return (frame, minProbability) -> {
            PitchDetectionResult r = yin.getPitch(frame);
            return r.isPitched() && r.getProbability() >= minProbability ? r.getPitch() : Double.NaN;
        };
    }

    /** The pitch of one frame. */
    @FunctionalInterface
    public interface PitchTracker {
        /** The frame's pitch in Hz if it is pitched with at least that probability, otherwise NaN. */
        double pitchHz(float[] frame, double minProbability);
    }
}
