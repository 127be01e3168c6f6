package audiobook.mix;

import audiobook.audio.Decibels;
import java.util.Arrays;

/**
 * Estimates the noise floor the way ACX means it, "the level in the silences and room tone":
 * the level of the audio where nobody speaks.
 *
 * <p>The file is cut into non-overlapping 50 ms windows (all channels together), short enough
 * to fit inside a sentence pause with room to spare, yet long enough (2205 samples at 44.1 kHz)
 * for steady room tone to read within ~0.2 dB. The floor is the median level of the windows
 * that lie in pauses, a median so that one odd window (a breath, a fade's last tail) does not
 * decide. Where the pauses are depends on who measures:
 * <ul>
 * <li>the renderer knows them exactly and marks each window ({@link #addWindow(double, boolean)});</li>
 * <li>a file from elsewhere ({@code audiobook check}) has its pauses found by level: runs of at
 * least {@value #PAUSE_WINDOWS} windows (a quarter of a second) all {@value #PAUSE_BELOW_SPEECH_DB}
 * dB or more under the speech (the 90th percentile of the windows). Syllables and the gaps
 * between words are shorter than that, so the runs are pauses and room tone; the first and last
 * window of each run, which may hold a word's edge, are left out. A file with fewer than
 * {@value #MIN_PAUSES} such runs (continuous sound, music) falls back on the level that the
 * quietest tenth of its windows stays at or below.</li>
 * </ul>
 * Why not a fixed percentile everywhere: in dense narration pauses can be under a tenth of the
 * time (4 % in two public-domain tales), and the percentile then lands inside speech and reads
 * the floor 10 dB too high.
 *
 * <p>One float per window is kept (288 KB per hour). Windows below {@value #SILENCE_DBFS} dBFS
 * count as digital silence; a floor among them is negative infinity.
 */
final class NoiseFloor {

    static final double FALLBACK_PERCENTILE = 0.10;
    static final double SILENCE_DBFS = -150.0;
    static final int PAUSE_WINDOWS = 5;
    static final double PAUSE_BELOW_SPEECH_DB = 30;
    static final int MIN_PAUSES = 3;
    private static final double SPEECH_PERCENTILE = 0.90;

    private float[] levels = new float[1024];
    private boolean[] marked = new boolean[1024];
    private int windows;
    private boolean pausesKnown;

    /** Adds one window given its mean square over all channels and samples; where the pauses are is left to be found. */
    void addWindow(double meanSquare) {
        add(meanSquare, false);
    }

    /** Adds one window and says whether it lies wholly in a pause. */
    void addWindow(double meanSquare, boolean inPause) {
        pausesKnown = true;
        add(meanSquare, inPause);
    }

    private void add(double meanSquare, boolean inPause) {
        if (windows == levels.length) {
            levels = Arrays.copyOf(levels, windows * 2);
            marked = Arrays.copyOf(marked, windows * 2);
        }
        double db = Decibels.fromPower(meanSquare);
        levels[windows] = (float) (db >= SILENCE_DBFS ? db : Double.NEGATIVE_INFINITY);
        marked[windows] = inPause;
        windows++;
    }

    long windows() {
        return windows;
    }

    /** The noise floor in dBFS; NaN if no window was added. */
    double dbfs() {
        if (windows == 0) {
            return Double.NaN;
        }
        if (pausesKnown) {
            float[] pause = select(marked);
            if (pause.length > 0) {
                return median(pause);
            }
        }
        boolean[] found = findPauses();
        float[] pause = found == null ? new float[0] : select(found);
        if (pause.length > 0) {
            return median(pause);
        }
        float[] sorted = Arrays.copyOf(levels, windows);
        Arrays.sort(sorted);
        return sorted[(int) Math.max(0, Math.ceil(FALLBACK_PERCENTILE * windows) - 1)];
    }

    /** The windows inside runs of quiet ones, their edges left out; null if too few runs were found. */
    private boolean[] findPauses() {
        float[] sorted = Arrays.copyOf(levels, windows);
        Arrays.sort(sorted);
        double speech = sorted[(int) Math.min(windows - 1, Math.floor(SPEECH_PERCENTILE * windows))];
        double quiet = speech - PAUSE_BELOW_SPEECH_DB;
        boolean[] inPause = new boolean[windows];
        int runs = 0;
        int runStart = -1;
        for (int i = 0; i <= windows; i++) {
            boolean isQuiet = i < windows && levels[i] <= quiet;
            if (isQuiet && runStart < 0) {
                runStart = i;
            } else if (!isQuiet && runStart >= 0) {
                if (i - runStart >= PAUSE_WINDOWS) {
                    runs++;
                    // The first and last windows may hold the edge of a word.
                    for (int k = runStart + 1; k < i - 1; k++) {
                        inPause[k] = true;
                    }
                }
                runStart = -1;
            }
        }
        return runs >= MIN_PAUSES ? inPause : null;
    }

    private float[] select(boolean[] which) {
        int count = 0;
        for (int i = 0; i < windows; i++) {
            count += which[i] ? 1 : 0;
        }
        float[] out = new float[count];
        for (int i = 0, k = 0; i < windows; i++) {
            if (which[i]) {
                out[k++] = levels[i];
            }
        }
        return out;
    }

    private static double median(float[] values) {
        Arrays.sort(values);
        int n = values.length;
        if (n % 2 == 1) {
            return values[n / 2];
        }
        double a = values[n / 2 - 1];
        double b = values[n / 2];
        return a == Double.NEGATIVE_INFINITY || b == Double.NEGATIVE_INFINITY ? Math.min(a, b)
                : Decibels.fromPower((Decibels.powerFromDb(a) + Decibels.powerFromDb(b)) / 2);
    }
}
