package audiobook.soundscape;

import java.util.function.LongPredicate;

/**
 * Thunder: rare low rumbles. A strike starts only where the narration pauses (the caller says
 * where), never during speech; it is noise through a low-pass whose cut-off sweeps down from
 * a brief crack to a deep rumble, under an envelope of a quick onset, a few rolling swells and
 * a long decay. Energy lies mostly below 200 Hz. Strikes grow likelier and louder with intensity.
 */
final class ThunderLayer implements Layer {

    private static final double MIN_GAP_SECONDS = 14;
    private static final double STRIKES_PER_SECOND_AT_FULL = 1 / 12.0;
    private static final double THRESHOLD = 0.35;

    private final int sampleRate;
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

    ThunderLayer(long seed, int sampleRate, LongPredicate mayStrikeAt) {
        this.sampleRate = sampleRate;
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
            double cutoff = 60 + 400 * Math.exp(-t0 / 0.12);
            for (int k = 0; k < lowPassL.length; k++) {
                lowPassL[k].setLowPass(cutoff, 0.7071);
                lowPassR[k].setLowPass(cutoff, 0.7071);
            }
            double swell = 0.5 + roll.advance(frames);
            for (int i = 0; i < frames; i++) {
                double t = t0 + (double) i / sampleRate;
                double envelope = strikeLoudness * swell * Math.min(1, t / 0.03) * Math.exp(-t / (strikeLength / 4));
                double fade = Math.min(1, (strikeLength - t) / 0.5);
                l[i] += (float) (envelope * fade * filter(left.next(), lowPassL, highPassL));
                r[i] += (float) (envelope * fade * filter(right.next(), lowPassR, highPassR));
            }
        }
        frame += frames;
    }

    private void maybeStrike(int frames, double intensity) {
        double sinceLast = (double) (frame - strikeStart) / sampleRate;
        double roll = chance.uniform();
        if (intensity < THRESHOLD || sinceLast < MIN_GAP_SECONDS || !mayStrikeAt.test(frame)) {
            return;
        }
        double probability = STRIKES_PER_SECOND_AT_FULL * intensity * frames / sampleRate;
        if (roll < probability) {
            strikeStart = frame;
            strikeLoudness = 9.0 * (0.5 + 0.5 * intensity) * (0.6 + 0.4 * chance.uniform());
            strikeLength = 5 + 4 * chance.uniform();
        }
    }

    private static double filter(double x, Biquad[] lowPass, Biquad highPass) {
        return highPass.process(lowPass[2].process(lowPass[1].process(lowPass[0].process(x))));
    }
}
