package audiobook.mix;

import be.tarsos.dsp.resample.Resampler;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion: by {@link PolyphaseUpsampler} when the rates are a small
 * upsampling ratio (the narration's 16 to 44.1 kHz), otherwise with TarsosDSP's high-quality
 * {@link Resampler} (libresample: flat to 6 kHz, images below -62 dB). TarsosDSP's
 * RateTransposer is not used: it is hard-wired to low quality and drops samples (DSP-NOTES §4).
 */
public final class SampleRateConverter {

    private static final Map<Double, Resampler> FRESH = new ConcurrentHashMap<>();
    /** Per pair of rates (from in the high 32 bits), its polyphase upsampler if it has one. */
    private static final Map<Long, Optional<PolyphaseUpsampler>> POLYPHASE = new ConcurrentHashMap<>();

    private SampleRateConverter() {
    }

    public static float[] convert(float[] in, int fromRate, int toRate) {
        if (fromRate == toRate || in.length == 0) {
            return in.clone();
        }
        Optional<PolyphaseUpsampler> polyphase = POLYPHASE.computeIfAbsent((long) fromRate << 32 | toRate,
                k -> Optional.ofNullable(PolyphaseUpsampler.between(fromRate, toRate)));
        if (polyphase.isPresent()) {
            return polyphase.get().convert(in);
        }
        double factor = (double) toRate / fromRate;
        // The resampler keeps per-stream state, so each clip gets its own instance: a copy of a
        // fresh one, which skips recomputing the filter table.
        Resampler resampler = new Resampler(FRESH.computeIfAbsent(factor, f -> new Resampler(true, f, f)));
        float[] out = new float[(int) Math.ceil(in.length * factor) + 64];
        Resampler.Result result = resampler.process(factor, in, 0, in.length, true, out, 0, out.length);
        int wanted = (int) Math.round(in.length * factor);
        float[] trimmed = new float[wanted];
        System.arraycopy(out, 0, trimmed, 0, Math.min(wanted, result.outputSamplesGenerated));
        return trimmed;
    }
}
