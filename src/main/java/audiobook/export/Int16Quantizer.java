package audiobook.export;

/**
 * Float samples in [−1, 1] to signed 16-bit, rounded to nearest (truncation would add a
 * half-LSB DC offset and extra distortion), with optional TPDF dither. The scale is 32768,
 * the inverse of what readers (ours, javax.sound, ffmpeg) divide by, so values round-trip
 * within half an LSB. +1.0 itself lands one step above the largest code and is stored as
 * 32767 without being counted: the input was in range. Values beyond ±1 after scaling (and
 * dither) are clamped and counted, so nothing is clamped silently.
 */
final class Int16Quantizer {
    private static final double SCALE = 32768.0;

    private final boolean dither;
    private long state;
    private long clipped;

    Int16Quantizer(Dither dither) {
        this.dither = dither.enabled();
        this.state = dither.seed();
    }

    /** @throws IllegalArgumentException for NaN or infinity, which are bugs upstream, not audio */
    short quantize(float sample) {
        if (!Float.isFinite(sample)) {
            throw new IllegalArgumentException("non-finite sample " + sample);
        }
        double scaled = sample * SCALE;
        if (dither) {
            scaled += triangular();
        }
        // floor(x + 0.5) is Math.round's rule; Math.floor compiles to one instruction, Math.round
        // (JDK 17) to a dozen, and this runs for every sample written.
        long rounded = (long) Math.floor(scaled + 0.5);
        if (rounded > -Short.MIN_VALUE || rounded < Short.MIN_VALUE) {
            clipped++;
        }
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }

    /** Quantizes {@code x[from..from+n)} into little-endian 16-bit samples at {@code out[at..)}. */
    void mono(float[] x, int from, int n, byte[] out, int at) {
        for (int i = from; i < from + n; i++, at += 2) {
            short sample = quantize(x[i]);
            out[at] = (byte) sample;
            out[at + 1] = (byte) (sample >> 8);
        }
    }

    /** As {@link #mono}, two channels interleaved, left first (the order the dither is drawn in). */
    void interleave(float[] left, float[] right, int from, int n, byte[] out, int at) {
        for (int i = from; i < from + n; i++, at += 4) {
            short l = quantize(left[i]);
            out[at] = (byte) l;
            out[at + 1] = (byte) (l >> 8);
            short r = quantize(right[i]);
            out[at + 2] = (byte) r;
            out[at + 3] = (byte) (r >> 8);
        }
    }

    long clippedSamples() {
        return clipped;
    }

    /**
     * TPDF dither in (-1, 1): the difference of two 16-bit uniforms, the top two 16-bit words
     * of a 64-bit linear congruential generator (Knuth's MMIX constants), whose high bits are
     * good enough for dither at one multiply per sample. Written out rather than
     * java.util.Random so that the dither sequence, and with it the file's bytes, cannot change
     * with the JDK.
     */
    private double triangular() {
        long z = state = state * 6364136223846793005L + 1442695040888963407L;
        return ((z >>> 48) - ((z >>> 32) & 0xFFFF)) * 0x1.0p-16;
    }
}
