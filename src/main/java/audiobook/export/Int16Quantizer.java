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
    private static final long MULTIPLIER = 6364136223846793005L;
    private static final long INCREMENT = 1442695040888963407L;
    /** Two steps of the generator at once. */
    private static final long MULTIPLIER_2 = MULTIPLIER * MULTIPLIER;
    private static final long INCREMENT_2 = INCREMENT * MULTIPLIER + INCREMENT;

    private final boolean dither;
    private long state;
    private long clipped;

    Int16Quantizer(Dither dither) {
        this.dither = dither.enabled();
        this.state = dither.seed();
    }

    /** @throws IllegalArgumentException for NaN or infinity, which are bugs upstream, not audio */
    short quantize(float sample) {
        return quantize(sample, dither ? triangular(state = next(state)) : 0);
    }

    /** With {@code tpdf} as the dither; 0 for none, as adding it changes no rounding. */
    private short quantize(float sample, double tpdf) {
        if (!Float.isFinite(sample)) {
            throw new IllegalArgumentException("non-finite sample " + sample);
        }
        double scaled = sample * SCALE + tpdf;
        // floor(x + 0.5) is Math.round's rule; Math.floor compiles to one instruction, Math.round
        // (JDK 17) to a dozen, and this runs for every sample written.
        long rounded = (long) Math.floor(scaled + 0.5);
        if (rounded > -Short.MIN_VALUE || rounded < Short.MIN_VALUE) {
            clipped++;
        }
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
    }

    /**
     * Quantizes {@code x[from..from+n)} into little-endian 16-bit samples at {@code out[at..)}.
     * Two samples at a time take their dither from two states worked out side by side, the
     * second jumped two steps ahead at once, instead of each waiting on the multiply before it.
     */
    void mono(float[] x, int from, int n, byte[] out, int at) {
        int i = from;
        int end = from + n;
        if (dither) {
            long s = state;
            for (; i + 1 < end; i += 2, at += 4) {
                long first = next(s);
                s = twoAhead(s);
                put(quantize(x[i], triangular(first)), out, at);
                put(quantize(x[i + 1], triangular(s)), out, at + 2);
            }
            state = s;
        }
        for (; i < end; i++, at += 2) {
            put(quantize(x[i]), out, at);
        }
    }

    /** As {@link #mono}, two channels interleaved, left first (the order the dither is drawn in). */
    void interleave(float[] left, float[] right, int from, int n, byte[] out, int at) {
        long s = state;
        for (int i = from; i < from + n; i++, at += 4) {
            double l = 0;
            double r = 0;
            if (dither) {
                l = triangular(next(s));
                s = twoAhead(s);
                r = triangular(s);
            }
            put(quantize(left[i], l), out, at);
            put(quantize(right[i], r), out, at + 2);
        }
        state = s;
    }

    private static void put(short sample, byte[] out, int at) {
        out[at] = (byte) sample;
        out[at + 1] = (byte) (sample >> 8);
    }

    long clippedSamples() {
        return clipped;
    }

    /**
     * TPDF dither in (-1, 1) from a state of the generator: the difference of two 16-bit
     * uniforms, its top two 16-bit words. The generator is a 64-bit linear congruential one
     * (Knuth's MMIX constants), whose high bits are good enough for dither at one multiply per
     * sample. Written out rather than java.util.Random so that the dither sequence, and with it
     * the file's bytes, cannot change with the JDK.
     */
    private static double triangular(long z) {
        return ((z >>> 48) - ((z >>> 32) & 0xFFFF)) * 0x1.0p-16;
    }

    private static long next(long z) {
        return z * MULTIPLIER + INCREMENT;
    }

    /** {@code next(next(z))} in one step: arithmetic modulo 2^64 makes it exact. */
    private static long twoAhead(long z) {
        return z * MULTIPLIER_2 + INCREMENT_2;
    }
}
