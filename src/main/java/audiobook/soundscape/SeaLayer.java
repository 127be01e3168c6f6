package audiobook.soundscape;

import audiobook.audio.Biquad;
import audiobook.plan.SeedTree;
import java.util.ArrayList;
import java.util.List;

/**
 * The sea, wave by wave. Each wave has its own period (two thirds to four thirds of the mean: 6
 * to 12 s at the default 9) and height, and drives:
 * <ul>
 * <li>the swell: a rumble at 20-200 Hz that rises and falls with the wave, its band opening as
 * the wave lifts, with a faint wash of moving water above it;</li>
 * <li>a breaking crest just past the wave's top, on some waves (more as the sea rises): a burst
 * of broadband noise 1-4 s long from one place, moving along the crest, bright as it breaks and
 * darker as it spends itself;</li>
 * <li>spray: a hiss above 3 kHz, faint always and raised for a while after each crest;</li>
 * <li>for a ship, hull thumps in the troughs (a damped 50-90 Hz knock) and rigging that creaks as
 * she rolls (a stick-slip pulse train through the wood's resonances), each from its own place.</li>
 * </ul>
 * Left and right draw their own noise for the wash and spray; the swell is one noise in the middle. At intensity 1 the RMS is
 * about 1 before the layer's level (hull and rigging add to it).
 */
final class SeaLayer implements Layer {

    /** Amplitudes at intensity 1: the swell carries most of the power, crests (averaged over time) the rest. */
    private static final double SWELL = 1.2;
    private static final double WASH = 0.35;
    private static final double CREST = 1.7;
    private static final double SPRAY = 0.6;
    private static final double HULL = 3;
    private static final double RIGGING = 4;

    private final int sampleRate;
    private final double meanPeriod;
    private final double crests;
    private final double spray;
    private final double hull;
    private final double rigging;
    private final SeedTree seeds;
    private final Noise waves;
    private final Noise breaks;
    private final Noise knocks;
    /** The wash of moving water (350 Hz-2.5 kHz, band 0) and the spray (3-11 kHz, band 1). */
    private final NoiseField field;
    private final Swell swellSound;
    private final List<Crest> breaking = new ArrayList<>();
    private final Grains ship;
    private final float[][] thumps;
    private final float[][] creaks;
    private final Lag sprayLag;
    private final float[] mono;
    private double phase;
    private double period;
    private double height;
    private double lastSwell = Double.NaN;
    private double lastSpray;
    private int crestCount;

    SeaLayer(SeedTree seeds, int sampleRate, int blockFrames, double waveSeconds, double crests, double spray,
             double hull, double rigging) {
        this.seeds = seeds;
        this.sampleRate = sampleRate;
        this.meanPeriod = waveSeconds;
        this.crests = crests;
        this.spray = spray;
        this.hull = hull;
        this.rigging = rigging;
        ship = new Grains(sampleRate);
        waves = new Noise(seeds.child("waves"));
        // Crests and the ship draw apart, so a ship added to a sea leaves its waves as they were.
        breaks = new Noise(seeds.child("crests"));
        knocks = new Noise(seeds.child("ship"));
        field = new NoiseField(seeds, blockFrames,
                new Biquad[] {Biquad.highPass(350, 0.6, sampleRate), Biquad.lowPass(2500, 0.6, sampleRate)},
                new Biquad[] {Biquad.highPass(3000, 0.7071, sampleRate), Biquad.lowPass(11000, 0.7071, sampleRate)});
        swellSound = new Swell(seeds.child("swell"), sampleRate, blockFrames);
        Noise shapes = new Noise(seeds.child("shapes"));
        thumps = new float[6][];
        for (int k = 0; k < thumps.length; k++) {
            thumps[k] = thump(shapes, sampleRate);
        }
        creaks = new float[8][];
        for (int k = 0; k < creaks.length; k++) {
            creaks[k] = creak(shapes, sampleRate);
        }
        sprayLag = new Lag(0.3, 1.2, sampleRate);
        mono = new float[blockFrames];
        nextWave();
        phase = waves.uniform();
    }

    SeaLayer(SeedTree seeds, int sampleRate, int blockFrames) {
        this(seeds, sampleRate, blockFrames, 9, 0.6, 0.5, 0, 0);
    }

    private void nextWave() {
        period = meanPeriod * waves.between(2.0 / 3, 4.0 / 3);
        height = waves.between(0.6, 1.3);
    }

    /** The swell's level through a wave: low in the trough, full at the top. */
    private double swell(double phase) {
        return height * (0.3 + 0.7 * (0.5 - 0.5 * Math.cos(2 * Math.PI * phase)));
    }

    @Override
    public void add(Bus out, int frames, double fromIntensity, double toIntensity) {
        double before = phase;
        phase += (double) frames / (period * sampleRate);
        if (crossed(before, phase, 0.55)) {
            maybeBreak(toIntensity);
        }
        if (crossed(before, phase, 0.3) || crossed(before, phase, 0.8)) {
            maybeCreak(toIntensity);
        }
        if (phase >= 1) {
            phase -= 1;
            nextWave();
            maybeThump(toIntensity);
        }
        double swell = swell(phase);
        double swellFrom = Double.isNaN(lastSwell) ? swell : lastSwell;
        double breakingNow = 0;
        for (Crest crest : breaking) {
            breakingNow += crest.add(out, mono, frames);
        }
        breaking.removeIf(Crest::done);
        double sprayNow = spray * SPRAY * toIntensity * (0.3 + 0.7 * Math.min(1, sprayLag.next(breakingNow, frames)));
        if (Double.isNaN(lastSwell)) {
            lastSpray = sprayNow;
        }
        swellSound.add(out, frames, SWELL * fromIntensity * swellFrom, SWELL * toIntensity * swell,
                90 + 110 * Math.min(1, swell));
        field.add(out, frames, new double[] {WASH * fromIntensity * swellFrom * swellFrom, lastSpray},
                new double[] {WASH * toIntensity * swell * swell, sprayNow});
        ship.add(out.directLeft, out.directRight, frames);
        lastSwell = swell;
        lastSpray = sprayNow;
    }

    private static boolean crossed(double before, double after, double mark) {
        return before < mark && after >= mark;
    }

    private void maybeBreak(double intensity) {
        if (breaks.uniform() < crests * (0.2 + 0.8 * intensity) && breaking.size() < 3) {
            breaking.add(new Crest(seeds.child("crest/" + crestCount), sampleRate, mono.length,
                    CREST * intensity * height));
            crestCount++;
        }
    }

    private void maybeThump(double intensity) {
        if (hull > 0 && knocks.uniform() < 0.3 + 0.7 * intensity) {
            double gain = HULL * hull * intensity * knocks.between(0.4, 1);
            ship.start(thumps[(int) (knocks.uniform() * thumps.length)], 0, gain, knocks.between(-0.2, 0.2));
        }
    }

    private void maybeCreak(double intensity) {
        if (rigging > 0 && knocks.uniform() < 0.4 + 0.5 * intensity) {
            double gain = RIGGING * rigging * (0.4 + 0.6 * intensity) * knocks.between(0.3, 1);
            ship.start(creaks[(int) (knocks.uniform() * creaks.length)], (int) (knocks.uniform() * mono.length), gain,
                    knocks.between(-0.7, 0.7));
        }
    }

    /**
     * A hull thump: a damped low tone (50-90 Hz, dying over 0.12-0.3 s) with the knock of the
     * impact (a few ms of low-passed noise). Peak 1.
     */
    private static float[] thump(Noise shapes, int rate) {
        double hz = shapes.between(50, 90);
        double decay = shapes.between(0.12, 0.3);
        Biquad knock = Biquad.lowPass(450, 0.7071, rate);
        float[] x = new float[(int) (decay * 6 * rate)];
        double peak = 0;
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / rate;
            double attack = Math.min(1, t / 0.004);
            double tone = Math.sin(2 * Math.PI * hz * t) * Math.exp(-t / decay);
            double impact = knock.process(shapes.next() * Math.exp(-t / 0.006)) * 3;
            x[i] = (float) (attack * (tone + impact));
            peak = Math.max(peak, Math.abs(x[i]));
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= (float) peak;
        }
        return x;
    }

    /**
     * A creak of wood and rope: stick-slip pulses whose rate glides between 20 and 70 a second
     * over 0.4-1.2 s, each pulse ringing two resonances of the wood (500-900 Hz and 1.2-2 kHz,
     * Q 8), under a swelling and dying envelope. Peak 1.
     */
    private static float[] creak(Noise shapes, int rate) {
        double seconds = shapes.between(0.4, 1.2);
        double rateFrom = shapes.between(20, 70);
        double rateTo = shapes.between(20, 70);
        double f1 = shapes.between(500, 900);
        double f2 = shapes.between(1200, 2000);
        Biquad low = Biquad.bandPass(f1, f1 / 8, rate);
        Biquad high = Biquad.bandPass(f2, f2 / 8, rate);
        float[] x = new float[(int) (seconds * rate)];
        double pulse = 0;
        double peak = 0;
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / x.length;
            pulse += (rateFrom + (rateTo - rateFrom) * t) / rate;
            double impulse = 0;
            if (pulse >= 1) {
                pulse -= 1;
                impulse = 0.6 + 0.4 * shapes.uniform();
            }
            double envelope = Math.sin(Math.PI * t) * Math.sin(Math.PI * t);
            x[i] = (float) (envelope * (low.process(impulse) + 0.7 * high.process(impulse)));
            peak = Math.max(peak, Math.abs(x[i]));
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= (float) peak;
        }
        return x;
    }

    /**
     * The swell: noise from 20 Hz to an edge that opens as the wave lifts (90-200 Hz). A diffuse
     * field is coherent between the ears that low (see {@link DiffuseField}), so one noise serves
     * both channels, in the middle.
     */
    private static final class Swell {
        private final Noise noise;
        private final Biquad[] chain;
        private final double norm;
        private final float[] block;

        Swell(SeedTree seeds, int rate, int blockFrames) {
            noise = new Noise(seeds);
            chain = new Biquad[] {Biquad.highPass(20, 0.7071, rate), Biquad.lowPass(150, 0.7071, rate),
                Biquad.lowPass(150, 0.7071, rate)};
            norm = 1 / (Noise.RMS * Biquad.noiseGain(chain));
            block = new float[blockFrames];
        }

        void add(Bus out, int frames, double from, double to, double edgeHz) {
            chain[1].setLowPass(edgeHz, 0.7071);
            chain[2].setLowPass(edgeHz, 0.7071);
            // The band's power grows with its edge; hold the level to the wave's own.
            double band = norm * Math.sqrt(150 / edgeHz);
            noise.fill(block, frames);
            Biquad.cascade(block, frames, chain[0], chain[1], chain[2]);
            Pan.centre(out.directLeft, out.directRight, block, frames, band * from, band * to);
        }
    }

    /** A breaking crest: 1-4 s of broadband noise from one place that moves, darkening as it spends itself. */
    private static final class Crest {
        private final int sampleRate;
        private final Noise noise;
        private final double seconds;
        private final double attack;
        private final double level;
        private final double placeFrom;
        private final double placeTo;
        private final Biquad high;
        private final Biquad low;
        private final double norm;
        private final PointSource source;
        private long at;
        private double lastEnvelope;
        private double lastPlace;

        Crest(SeedTree seeds, int sampleRate, int blockFrames, double level) {
            this.sampleRate = sampleRate;
            Noise shape = new Noise(seeds.child("shape"));
            noise = new Noise(seeds.child("noise"));
            seconds = shape.between(1, 4);
            attack = seconds * shape.between(0.1, 0.3);
            placeFrom = shape.between(-0.9, 0.9);
            placeTo = Math.max(-1, Math.min(1, placeFrom + shape.between(-0.4, 0.4)));
            this.level = level * shape.between(0.6, 1);
            high = Biquad.highPass(150, 0.6, sampleRate);
            low = Biquad.lowPass(9000, 0.6, sampleRate);
            norm = 1 / (Noise.RMS * Biquad.noiseGain(high, Biquad.lowPass(4000, 0.6, sampleRate)));
            source = new PointSource(sampleRate, blockFrames);
            lastPlace = placeFrom;
        }

        /** Adds the crest's next block; returns its envelope (0..1), which raises the spray. */
        double add(Bus out, float[] mono, int frames) {
            double t = (double) (at + frames) / sampleRate;
            low.setLowPass(1500 + 7500 * Math.exp(-3 * t / seconds), 0.6);
            double envelope = envelope(t);
            double place = placeFrom + (placeTo - placeFrom) * Math.min(1, t / seconds);
            noise.fill(mono, frames);
            Biquad.cascade(mono, frames, high, low);
            double scale = norm * level * ENVELOPE_NORM;
            source.add(out.directLeft, out.directRight, mono, frames, scale * lastEnvelope, scale * envelope, lastPlace, place);
            lastEnvelope = envelope;
            lastPlace = place;
            at += frames;
            return envelope;
        }

        /** Rises as the crest curls over, then dies away to -40 dB by its end. */
        private double envelope(double t) {
            if (t >= seconds) {
                return 0;
            }
            double rise = Math.min(1, t / attack);
            return rise * rise * Math.exp(-4.6 * Math.max(0, t - attack) / (seconds - attack));
        }

        /** About the reciprocal of the envelope's RMS over the crest, so a crest's RMS over its length is its level. */
        private static final double ENVELOPE_NORM = 2.2;

        boolean done() {
            return at >= (long) (seconds * sampleRate);
        }
    }
}
