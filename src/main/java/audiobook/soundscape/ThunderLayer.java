package audiobook.soundscape;

import audiobook.audio.Biquad;
import audiobook.plan.SeedTree;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Thunder after Fineberg, Walters and Reiss: each strike at its own distance and place, with
 * <ul>
 * <li>for a near strike (under 1.5 km), a crack: two to four re-strikes 40-300 ms apart, bursts
 * of noise through band-passes at 1-3 kHz;</li>
 * <li>a rumble whose low-pass sweeps from about 1.4 kHz (near) or 500 Hz (far) down to 110 Hz,
 * under rolls (swells at the re-strikes, then at random) and a decay that reaches -40 dB at the
 * strike's end, 8 to 18 s after it began (then a 0.5 s fade);</li>
 * <li>a growl below 90 Hz, gently saturated so its harmonics reach 100-300 Hz, where small
 * speakers play it;</li>
 * </ul>
 * all high-passed at 32 Hz (4th order: below that earbuds play nothing and the energy only eats
 * headroom), placed at the strike's bearing and moving as the roll travels. A strike starts only
 * where the narration pauses (the caller says where); one that falls due while the narrator
 * speaks waits for a pause. Strikes grow likelier and louder with intensity; tails may overlap.
 */
final class ThunderLayer implements Layer {

    private static final double THRESHOLD = 0.35;
    /** Scales a strike so its RMS over its length is about 1 at intensity 1. */
    private static final double LOUDNESS = 1.0;
    /** Strikes never come closer than this; their tails may overlap. */
    static final double MIN_GAP_SECONDS = 9;

    private final SeedTree seeds;
    private final int sampleRate;
    /** Strikes per second at full intensity once the minimum gap has passed. */
    private final double rate;
    private final LongPredicate mayStrikeAt;
    private final Noise chance;
    private final List<Strike> sounding = new ArrayList<>();
    private final List<Long> onsets = new ArrayList<>();
    private final Biquad[] highPassLeft;
    private final Biquad[] highPassRight;
    private final float[] mono;
    private final float[] left;
    private final float[] right;
    private long frame;
    private long strikeStart = Long.MIN_VALUE / 2;
    private boolean due;

    ThunderLayer(SeedTree seeds, int sampleRate, int blockFrames, double strikesPerMinute, LongPredicate mayStrikeAt) {
        this.seeds = seeds;
        this.sampleRate = sampleRate;
        // The gap plus the mean wait after it make the mean interval 60 / strikesPerMinute.
        this.rate = 1 / Math.max(1, 60 / strikesPerMinute - MIN_GAP_SECONDS);
        this.mayStrikeAt = mayStrikeAt;
        chance = new Noise(seeds.child("chance"));
        highPassLeft = highPass(sampleRate);
        highPassRight = highPass(sampleRate);
        mono = new float[blockFrames];
        left = new float[blockFrames];
        right = new float[blockFrames];
    }

    /** A 4th-order Butterworth high-pass at 32 Hz: two sections, Q 0.54 and 1.31. */
    private static Biquad[] highPass(int rate) {
        return new Biquad[] {Biquad.highPass(32, 0.5412, rate), Biquad.highPass(32, 1.3066, rate)};
    }

    /** The frames at which strikes began, in order; for tests. */
    List<Long> onsets() {
        return onsets;
    }

    @Override
    public void add(Bus out, int frames, double fromIntensity, double toIntensity) {
        maybeStrike(frames, toIntensity);
        if (!sounding.isEmpty()) {
            java.util.Arrays.fill(left, 0, frames, 0f);
            java.util.Arrays.fill(right, 0, frames, 0f);
            for (Strike strike : sounding) {
                strike.add(mono, left, right, frames);
            }
            sounding.removeIf(Strike::done);
            Biquad.cascade(left, right, frames, highPassLeft, highPassRight);
            for (int i = 0; i < frames; i++) {
                out.directLeft[i] += left[i];
                out.directRight[i] += right[i];
            }
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
            double loudness = LOUDNESS * (0.5 + 0.5 * intensity);
            sounding.add(new Strike(seeds.child("strike/" + onsets.size()), sampleRate, mono.length, loudness));
            onsets.add(frame);
        }
    }

    /** One strike: its crack, rumble and growl, from one place that moves. */
    private static final class Strike {
        /** Shares of the strike's power: the rumble carries most, the growl the weight, the crack the onset. */
        private static final double RUMBLE = 0.75;
        private static final double GROWL = 0.55;
        private static final double DRIVE = 1.5;

        private final int sampleRate;
        private final Noise noise;
        private final float[] crack;
        private final double lengthSeconds;
        private final double startHz;
        private final double[] rollTimes;
        private final double[] rollHeights;
        private final double[] rollRises;
        private final double[] growlSwells;
        private final double envelopeNorm;
        private final double loudness;
        private final double placeFrom;
        private final double placeTo;
        private final Biquad[] rumbleLow;
        private final Biquad[] growlLow;
        private final double rumbleNorm;
        private final double growlNorm;
        private final float[] growl;
        private final PointSource source;
        private long at;
        private double lastEnvelope;
        private double lastGrowl;
        private double lastPlace;

        Strike(SeedTree seeds, int sampleRate, int blockFrames, double loudness) {
            this.sampleRate = sampleRate;
            Noise shape = new Noise(seeds.child("shape"));
            noise = new Noise(seeds.child("noise"));
            double distanceKm = shape.logBetween(0.4, 8);
            boolean near = distanceKm < 1.5;
            lengthSeconds = shape.between(8, 18);
            startHz = near ? shape.between(1100, 1600) : shape.between(350, 700);
            placeFrom = shape.between(-0.8, 0.8);
            placeTo = Math.max(-1, Math.min(1, placeFrom + shape.between(-0.5, 0.5)));
            int restrikes = 2 + (int) (shape.uniform() * 3);
            double[] restrikeTimes = new double[restrikes];
            for (int k = 1; k < restrikes; k++) {
                restrikeTimes[k] = restrikeTimes[k - 1] + shape.between(0.04, 0.3);
            }
            crack = near ? crack(new Noise(seeds.child("crack")), restrikeTimes, sampleRate) : new float[0];
            // Rolls: one at each re-strike, then two to four more in the first 60 % of the tail.
            int rolls = restrikes + 2 + (int) (shape.uniform() * 3);
            rollTimes = new double[rolls];
            rollHeights = new double[rolls];
            rollRises = new double[rolls];
            for (int k = 0; k < rolls; k++) {
                rollTimes[k] = k < restrikes ? restrikeTimes[k] : shape.between(0.8, 0.6 * lengthSeconds);
                rollHeights[k] = k == 0 ? 1 : shape.between(0.4, 1);
                rollRises[k] = k < restrikes ? shape.between(0.05, 0.2) : shape.between(0.3, 0.9);
            }
            // The growl swells again about 3 and 7 s in (Fineberg, Walters and Reiss).
            growlSwells = new double[] {shape.between(2, 4), shape.between(5.5, 8)};
            double farther = near ? 1 : Math.pow(1.5 / distanceKm, 0.3);
            this.loudness = loudness * farther;
            rumbleLow = new Biquad[] {Biquad.lowPass(startHz, 0.7071, sampleRate),
                Biquad.lowPass(startHz, 0.7071, sampleRate)};
            growlLow = new Biquad[] {Biquad.lowPass(90, 0.7071, sampleRate), Biquad.lowPass(90, 0.7071, sampleRate)};
            rumbleNorm = 1 / (Noise.RMS * Biquad.noiseGain(Biquad.lowPass(300, 0.7071, sampleRate),
                    Biquad.lowPass(300, 0.7071, sampleRate)));
            growlNorm = 1 / (Noise.RMS * Biquad.noiseGain(growlLow));
            envelopeNorm = 1 / Math.sqrt(meanSquareEnvelope());
            growl = new float[blockFrames];
            source = new PointSource(sampleRate, blockFrames);
            lastEnvelope = envelope(0);
            lastGrowl = growlEnvelope(0);
            lastPlace = placeFrom;
        }

        /**
         * The crack: at each re-strike, a burst of noise (1 ms attack, 30-90 ms decay) through a
         * band-pass at 1-3 kHz and a little of it broadband, each re-strike fainter. RMS about 3
         * over its first 0.3 s: it stands well above the rumble's start.
         */
        private static float[] crack(Noise noise, double[] times, int rate) {
            int length = (int) ((times[times.length - 1] + 0.6) * rate);
            float[] x = new float[length];
            for (int k = 0; k < times.length; k++) {
                double decay = noise.between(0.03, 0.09);
                double hz = noise.logBetween(1000, 3000);
                Biquad band = Biquad.bandPass(hz, hz, rate);
                Biquad air = Biquad.highPass(500, 0.7071, rate);
                double strength = Math.pow(0.72, k);
                int start = (int) (times[k] * rate);
                for (int i = start; i < length; i++) {
                    double t = (double) (i - start) / rate;
                    double e = strength * Math.min(1, t / 0.001) * Math.exp(-t / decay);
                    double n = noise.next() * e;
                    x[i] += (float) (2.2 * band.process(n) + 0.5 * air.process(n));
                }
            }
            double energy = 0;
            int window = Math.min(length, (int) (0.3 * rate));
            for (int i = 0; i < window; i++) {
                energy += x[i] * x[i];
            }
            float scale = (float) (3 / Math.sqrt(energy / window));
            for (int i = 0; i < length; i++) {
                x[i] *= scale;
            }
            return x;
        }

        /** The rumble's level at t seconds: the rolls over a floor, under a decay to -40 dB at the end. */
        private double envelope(double t) {
            double rolls = 0.35;
            for (int k = 0; k < rollTimes.length; k++) {
                double x = (t - rollTimes[k]) / rollRises[k];
                if (x > 0) {
                    rolls += rollHeights[k] * x * Math.exp(1 - x);
                }
            }
            double fadeIn = Math.min(1, t / 0.02);
            double fadeOut = Math.min(1, (lengthSeconds - t) / 0.5);
            return fadeIn * Math.max(0, fadeOut) * rolls * decay(t, 4.6);
        }

        /** The growl swells in over the first second or two, swells again later, and decays slower than the rumble. */
        private double growlEnvelope(double t) {
            double fadeOut = Math.max(0, Math.min(1, (lengthSeconds - t) / 0.5));
            double swells = 0.55;
            for (double at : growlSwells) {
                double x = (t - at) / 1.2;
                swells += x > 0 ? 0.45 * x * Math.exp(1 - x) : 0;
            }
            return fadeOut * (1 - Math.exp(-t / 0.6)) * swells * decay(t, 3.5);
        }

        /**
         * Falls slowly at first and faster later, to {@code e^-rate} at the end (rate 4.6: -40 dB):
         * the tail holds its rolls for a while rather than dying from the first second.
         */
        private double decay(double t, double rate) {
            return Math.exp(-rate * Math.pow(t / lengthSeconds, 1.5));
        }

        private double meanSquareEnvelope() {
            double sum = 0;
            int steps = 2000;
            for (int s = 0; s < steps; s++) {
                double e = envelope(lengthSeconds * (s + 0.5) / steps);
                sum += e * e;
            }
            return sum / steps;
        }

        boolean done() {
            return at >= (long) (lengthSeconds * sampleRate);
        }

        void add(float[] mono, float[] left, float[] right, int frames) {
            double t = (double) (at + frames) / sampleRate;
            double cutoff = 110 + (startHz - 110) * Math.exp(-t / (lengthSeconds / 5));
            rumbleLow[0].setLowPass(cutoff, 0.7071);
            rumbleLow[1].setLowPass(cutoff, 0.7071);
            // Narrowing the band lowers the rumble's power; its level is held by this factor.
            double bandGain = Math.sqrt(300 / cutoff);
            double envelope = envelope(t);
            double growlLevel = growlEnvelope(t);
            noise.fill(mono, frames);
            noise.fill(growl, frames);
            Biquad.cascade(mono, growl, frames, rumbleLow, growlLow);
            double rumbleFrom = RUMBLE * rumbleNorm * envelopeNorm * lastEnvelope * bandGain;
            double rumbleStep = (RUMBLE * rumbleNorm * envelopeNorm * envelope * bandGain - rumbleFrom) / frames;
            double growlFrom = DRIVE * growlNorm * lastGrowl;
            double growlStep = (DRIVE * growlNorm * growlLevel - growlFrom) / frames;
            for (int i = 0; i < frames; i++) {
                double g = saturate((growlFrom + growlStep * i) * growl[i]) * GROWL / DRIVE;
                double c = at + i < crack.length ? crack[(int) (at + i)] : 0;
                mono[i] = (float) (loudness * ((rumbleFrom + rumbleStep * i) * mono[i] + g + c));
            }
            double place = placeFrom + (placeTo - placeFrom) * Math.min(1, t / lengthSeconds);
            source.add(left, right, mono, frames, 1, 1, lastPlace, place);
            lastEnvelope = envelope;
            lastGrowl = growlLevel;
            lastPlace = place;
            at += frames;
        }

        /** A soft clip: tanh's Padé approximant, within 2 % of it up to |x| = 3, and 1 beyond. */
        private static double saturate(double x) {
            if (x > 3) {
                return 1;
            }
            if (x < -3) {
                return -1;
            }
            double x2 = x * x;
            return x * (27 + x2) / (27 + 9 * x2);
        }
    }
}
