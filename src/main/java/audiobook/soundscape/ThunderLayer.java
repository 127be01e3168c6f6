package audiobook.soundscape;

import java.util.function.LongPredicate;

/**
 * Thunder: rare low rumbles. A strike starts only where the narration pauses (the caller says
 * where), never during speech: one that falls due while the narrator speaks waits for a pause.
 * It is noise through a low-pass whose cut-off sweeps down from a brief crack to a deep rumble,
 * under an envelope of a quick onset, a few rolling swells and a long decay. Energy lies mostly
 * below 200 Hz. Strikes grow likelier and louder with intensity.
 */
final class ThunderLayer implements Layer {

    private static final double THRESHOLD = 0.35;
    /** Scales a strike so its RMS over its length is about 1 at intensity 1 (its crack peaks some 25 dB higher). */
    private static final double LOUDNESS = 100;

    private final int sampleRate;
    /** A rumble lasts 5 to 9 s; a new strike restarts the envelope, so strikes are never closer. */
    private static final double MIN_GAP_SECONDS = 9;

    /** Strikes per second at full intensity once the minimum gap has passed. */
    private final double rate;
    private final LongPredicate mayStrikeAt;
    private final Noise chance;
    private final Noise left;
    private final Noise right;
    private final Biquad[] lowPassL = new Biquad[3];
    private final Biquad[] lowPassR = new Biquad[3];
    private final Biquad highPassL;
    private final Biquad highPassR;
    private final Wander roll;
    private long frame;
    private long strikeStart = Long.MIN_VALUE / 2;
    private double strikeLoudness;
    private double strikeLength;
    private double lastSwell = 0.5;
    private boolean due;

    ThunderLayer(long seed, int sampleRate, double strikesPerMinute, LongPredicate mayStrikeAt) {
        this.sampleRate = sampleRate;
        // The gap plus the mean wait after it make the mean interval 60 / strikesPerMinute.
        this.rate = 1 / Math.max(1, 60 / strikesPerMinute - MIN_GAP_SECONDS);
        this.mayStrikeAt = mayStrikeAt;
        chance = new Noise(seed);
        left = new Noise(seed + 1);
        right = new Noise(seed + 2);
        for (int k = 0; k < lowPassL.length; k++) {
            lowPassL[k] = Biquad.lowPass(120, 0.7071, sampleRate);
            lowPassR[k] = Biquad.lowPass(120, 0.7071, sampleRate);
        }
        highPassL = Biquad.highPass(25, 0.7071, sampleRate);
        highPassR = Biquad.highPass(25, 0.7071, sampleRate);
        roll = new Wander(seed + 3, 0.45, sampleRate);
    }

    @Override
    public void add(float[] l, float[] r, int frames, double intensity) {
        maybeStrike(frames, intensity);
        double t0 = (double) (frame - strikeStart) / sampleRate;
        if (t0 < strikeLength) {
            double cutoff = 70 + 400 * Math.exp(-t0 / 0.15);
            for (int k = 0; k < lowPassL.length; k++) {
                lowPassL[k].setLowPass(cutoff, 0.7071);
                lowPassR[k].setLowPass(cutoff, 0.7071);
            }
            double swellFrom = lastSwell;
            double swellTo = 0.5 + roll.advance(frames);
            for (int i = 0; i < frames; i++) {
                double t = t0 + (double) i / sampleRate;
                double swell = swellFrom + (swellTo - swellFrom) * i / frames;
                double envelope = strikeLoudness * swell * Math.min(1, t / 0.03) * Math.exp(-t / (strikeLength / 4));
                double fade = Math.min(1, (strikeLength - t) / 0.5);
                l[i] += (float) (envelope * fade * filter(left.next(), lowPassL, highPassL));
                r[i] += (float) (envelope * fade * filter(right.next(), lowPassR, highPassR));
            }
            lastSwell = swellTo;
        }
        frame += frames;
    }

    /**
     * Strikes fall due at random: at least the minimum gap apart, then as a Poisson process
     * whose rate grows with intensity (at full intensity the mean interval is the one set). A
     * strike that falls due while the narrator speaks waits for the next pause long enough, and
     * is dropped if the storm falls below the threshold first.
     */
    private void maybeStrike(int frames, double intensity) {
        double sinceLast = (double) (frame - strikeStart) / sampleRate;
        double roll = chance.uniform();
        if (intensity < THRESHOLD) {
            due = false;
            return;
        }
        due |= sinceLast >= MIN_GAP_SECONDS && roll < rate * intensity * frames / sampleRate;
        if (due && mayStrikeAt.test(frame)) {
            due = false;
            strikeStart = frame;
            strikeLoudness = LOUDNESS * (0.5 + 0.5 * intensity) * (0.6 + 0.4 * chance.uniform());
            strikeLength = 5 + 4 * chance.uniform();
        }
    }

    private static double filter(double x, Biquad[] lowPass, Biquad highPass) {
        return highPass.process(lowPass[2].process(lowPass[1].process(lowPass[0].process(x))));
    }
}
