package audiobook.mix;

import audiobook.audio.Decibels;
import audiobook.audio.Timeline;

/**
 * Ducks the ambience under the voice, as far as each sentence needs and no further, so the bed
 * breathes: present in every pause, never masking a word.
 *
 * <p><b>How deep.</b> The bed should sit a set distance under the voice while the narrator
 * speaks: {@code activeRatioDb} in a scene at full intensity (a storm: present, 18–22 dB under),
 * {@code calmRatioDb} in a calm one (further back), and in between by the scene's activity. For
 * each segment the renderer measures the bed's level during its speech before ducking; the duck
 * takes away what is above the target, at most {@code maxDuckDb} (a bed already far enough
 * under is not ducked at all). Offline the levels are known exactly, so this is a plan, not a
 * compressor's guess.
 *
 * <p><b>Where in the spectrum.</b> The reduction is taken first from the speech bands alone
 * ({@link SpeechBands}: 250–500 Hz and 1–4 kHz, cut by up to {@code maxBandCutDb}), which leaves
 * the bed's lows and highs, and only the rest from the whole bed.
 *
 * <p><b>When.</b> The duck starts {@value #LEAD_SECONDS} s before the first syllable (look-ahead
 * at no latency), reaches its depth in about {@value #ATTACK_SECONDS} s, holds
 * {@value #HOLD_SECONDS} s past the last word, then releases with a time constant of
 * {@value #RELEASE_SECONDS} s: within 2 dB of the set level some 0.3 s after it starts, so a
 * paragraph pause (1–1.5 s) comes back to the set level and a scene break or a chapter head rides
 * up fully. Gains move in dB, one step every {@value #CONTROL_FRAMES} frames, linear in between.
 */
public final class Ducker {

    static final double LEAD_SECONDS = 0.1;
    static final double ATTACK_SECONDS = 0.04;
    static final double HOLD_SECONDS = 0.07;
    static final double RELEASE_SECONDS = 0.27;
    static final int CONTROL_FRAMES = 32;

    private final double calmRatioDb;
    private final double activeRatioDb;
    private final double maxDuckDb;
    private final double maxBandCutDb;

    /**
     * @param calmRatioDb   voice over bed during speech wanted in a calm scene (activity 0)
     * @param activeRatioDb the same at full activity
     * @param maxDuckDb     the deepest reduction of the bed's whole level
     * @param maxBandCutDb  the deepest cut in the speech bands
     */
    public Ducker(double calmRatioDb, double activeRatioDb, double maxDuckDb, double maxBandCutDb) {
        this.calmRatioDb = calmRatioDb;
        this.activeRatioDb = activeRatioDb;
        this.maxDuckDb = maxDuckDb;
        this.maxBandCutDb = maxBandCutDb;
    }

    /** Storm 19 dB under the voice while it speaks, calm 22; at most 8 dB of ducking. */
    public static Ducker standard() {
        return new Ducker(22, 19, 8, 12);
    }

    /**
     * For listeners who find speech over sound hard to follow: the bed at least 20 dB under the
     * voice everywhere (WCAG 2.x technique G56), 23 dB at full activity, 26 in calm.
     */
    public static Ducker accessible() {
        return new Ducker(26, 23, 14, 18);
    }

    /** No ducking at all: the bed at its set level throughout (for measuring the set level). */
    public static Ducker none() {
        return new Ducker(0, 0, 0, 0);
    }

    /** How far the bed is taken down during one segment's speech. */
    public record Depth(double broadbandDb, double bandDb) {
        static final Depth NONE = new Depth(0, 0);
    }

    /** The voice over the bed during speech that this ducker aims at for a scene's activity (0..1). */
    double targetRatioDb(double activity) {
        double a = Math.max(0, Math.min(1, activity));
        return calmRatioDb + (activeRatioDb - calmRatioDb) * a;
    }

    /**
     * The depth for one segment.
     *
     * @param voicePower mean square of the voice during speech (K-weighted, one channel)
     * @param bedPower   mean square of the bed during the segment's speech, before ducking (K-weighted, one channel)
     * @param bandShare  the share of the bed's energy there that lies in the speech bands
     * @param activity   the scene's activity, 0 (calm) to 1 (full storm)
     */
    Depth depth(double voicePower, double bedPower, double bandShare, double activity) {
        if (maxDuckDb <= 0 || !(bedPower > 0) || !(voicePower > 0)) {
            return Depth.NONE;
        }
        double need = Decibels.fromPower(bedPower) - (Decibels.fromPower(voicePower) - targetRatioDb(activity));
        double reduction = Math.min(need, maxDuckDb);
        if (reduction <= 0.05) {
            return Depth.NONE;
        }
        double f = Math.max(0, Math.min(1, bandShare));
        double deepest = Decibels.toLinear(-maxBandCutDb);
        double bandsAlone = -Decibels.fromPower((1 - f) + f * deepest * deepest);
        if (reduction <= bandsAlone) {
            double h2 = (Decibels.toLinear(-reduction) * Decibels.toLinear(-reduction) - (1 - f)) / f;
            return new Depth(0, -Decibels.fromPower(h2));
        }
        return new Depth(reduction - bandsAlone, maxBandCutDb);
    }

    /** The ducking gains of one chapter, streamed in order. */
    Envelope envelope(Timeline timeline, Depth[] depths) {
        return new Envelope(timeline, depths);
    }

    /** Per frame, the gain of the whole bed and the extra gain of its speech bands (1 = not ducked). */
    final class Envelope {
        private final long[] starts;
        private final long[] ends;
        private final Depth[] depths;
        private final long lead;
        private final long hold;
        private final double attack;
        private final double release;
        private long frame;
        private int segment;
        private double broadbandDb;
        private double bandDb;
        private double broadband = 1;
        private double band = 1;
        private int step = CONTROL_FRAMES;
        private double broadbandStep;
        private double bandStep;

        private Envelope(Timeline timeline, Depth[] depths) {
            int rate = timeline.sampleRate();
            starts = timeline.starts();
            ends = timeline.ends();
            this.depths = depths;
            lead = Math.round(LEAD_SECONDS * rate);
            hold = Math.round(HOLD_SECONDS * rate);
            attack = 1 - Math.exp(-CONTROL_FRAMES / (ATTACK_SECONDS * rate));
            release = 1 - Math.exp(-CONTROL_FRAMES / (RELEASE_SECONDS * rate));
        }

        void next(float[] broadbandOut, float[] bandOut, int frames) {
            for (int i = 0; i < frames; ) {
                if (step == CONTROL_FRAMES) {
                    control();
                }
                // The ramps up to the next control step, in a loop that checks nothing else.
                int run = Math.min(frames - i, CONTROL_FRAMES - step);
                double b = broadband;
                double h = band;
                for (int end = i + run; i < end; i++) {
                    b += broadbandStep;
                    h += bandStep;
                    broadbandOut[i] = (float) b;
                    bandOut[i] = (float) h;
                }
                broadband = b;
                band = h;
                step += run;
                frame += run;
            }
        }

        /** Moves the dB values one control step towards the depth wanted now and sets the ramps to it. */
        private void control() {
            while (segment < starts.length && frame >= ends[segment] + hold) {
                segment++;
            }
            boolean speaking = segment < starts.length && frame >= starts[segment] - lead;
            Depth wanted = speaking ? depths[segment] : Depth.NONE;
            broadbandDb += (wanted.broadbandDb() - broadbandDb) * (wanted.broadbandDb() > broadbandDb ? attack : release);
            bandDb += (wanted.bandDb() - bandDb) * (wanted.bandDb() > bandDb ? attack : release);
            broadbandStep = (Decibels.toLinear(-broadbandDb) - broadband) / CONTROL_FRAMES;
            bandStep = (Decibels.toLinear(-bandDb) - band) / CONTROL_FRAMES;
            step = 0;
        }
    }
}
