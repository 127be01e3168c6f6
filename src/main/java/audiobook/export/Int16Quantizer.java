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
    private long bits;
    private boolean spare;

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

    long clippedSamples() {
        return clipped;
    }

    /**
     * TPDF dither in (-1, 1): the difference of two uniforms. One draw of SplitMix64 gives two
     * dither values (16 bits per uniform, plenty for a dither of one step), so every other
     * call draws. Written out rather than java.util.Random/SplittableRandom so that the dither
     * sequence, and with it the file's bytes, cannot change with the JDK.
     */
    private double triangular() {
        if (spare) {
            spare = false;
            return ((bits >>> 48) - ((bits >>> 32) & 0xFFFF)) * 0x1.0p-16;
        }
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        bits = z ^ (z >>> 31);
        spare = true;
        return (((bits >>> 16) & 0xFFFF) - (bits & 0xFFFF)) * 0x1.0p-16;
    }
}
