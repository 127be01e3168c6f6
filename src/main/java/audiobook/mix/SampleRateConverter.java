package audiobook.mix;

import audiobook.audio.TarsosDsp;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Band-limited sample-rate conversion: by {@link PolyphaseUpsampler} when the rates are a small
 * upsampling ratio (the narration's 16 to 44.1 kHz), otherwise with TarsosDSP's high-quality
 * resampler ({@link TarsosDsp#resample}).
 */
public final class SampleRateConverter {

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
        return TarsosDsp.resample(in, (double) toRate / fromRate);
    }
}
