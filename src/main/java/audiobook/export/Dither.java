package audiobook.export;

/**
 * Whether float samples get TPDF dither before rounding to 16 bits, and from which seed.
 * Seeded so that the same input and seed give byte-identical files.
 */
public record Dither(boolean enabled, long seed) {

    /** Plain rounding to nearest. */
    public static final Dither NONE = new Dither(false, 0L);

    /** Triangular dither of ±1 LSB peak, drawn from a generator seeded with {@code seed}. */
    public static Dither tpdf(long seed) {
        return new Dither(true, seed);
    }
}
