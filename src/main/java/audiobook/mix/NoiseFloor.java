package audiobook.mix;

/**
 * Estimates the noise floor the way ACX means it, "the level in the silences and room tone":
 * the level that the quietest tenth of the file stays at or below.
 *
 * <p>The file is cut into non-overlapping 50 ms windows (all channels together); the noise
 * floor is the 10th percentile of their RMS levels. Why these numbers: 50 ms is short enough
 * to fit inside a 0.35 s sentence pause with room to spare, yet long enough (2205 samples at
 * 44.1 kHz) for steady room tone to read within ~0.2 dB. Narration spends well over 10 % of
 * its time in pauses and head/tail room tone, so the percentile lands in them; a percentile
 * rather than the minimum keeps one odd window (a dropout, a fade's last tail) from deciding.
 * When pauses are rarer than that, the figure reads high, which fails a check rather than
 * passing it wrongly.
 *
 * <p>Window levels go into a 0.05 dB histogram, so memory is fixed whatever the length.
 * Windows below {@value #SILENCE_DBFS} dBFS count as digital silence: if the percentile
 * falls among them the noise floor is negative infinity.
 */
final class NoiseFloor {

    static final double PERCENTILE = 0.10;
    static final double SILENCE_DBFS = -150.0;
    private static final double TOP_DBFS = 10.0;
    private static final double BIN_DB = 0.05;

    /** Bin 0 holds digital silence; bin i >= 1 holds levels from SILENCE_DBFS + (i-1) * BIN_DB. */
    private final long[] bins = new long[2 + (int) Math.round((TOP_DBFS - SILENCE_DBFS) / BIN_DB)];
    private long windows;

    /** Adds one window given its mean square over all channels and samples. */
    void addWindow(double meanSquare) {
        double db = Decibels.fromPower(meanSquare);
        int bin;
        if (!(db >= SILENCE_DBFS)) {
            bin = 0;
        } else {
            bin = 1 + (int) Math.min(bins.length - 2, (db - SILENCE_DBFS) / BIN_DB);
        }
        bins[bin]++;
        windows++;
    }

    long windows() {
        return windows;
    }

    /** The noise floor in dBFS (centre of the percentile's bin); NaN if no window was added. */
    double dbfs() {
        if (windows == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(PERCENTILE * windows));
        long seen = 0;
        for (int i = 0; i < bins.length; i++) {
            seen += bins[i];
            if (seen >= rank) {
                return i == 0 ? Double.NEGATIVE_INFINITY : SILENCE_DBFS + (i - 0.5) * BIN_DB;
            }
        }
        throw new AssertionError("rank beyond the histogram");
    }
}
