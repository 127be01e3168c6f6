package audiobook.soundscape;

import audiobook.audio.Biquad;
import audiobook.plan.SeedTree;

/**
 * Rain as a listener hears it: close drops, each its own small event, over the wash of all the
 * distant ones, and in a downpour a low roar.
 * <ul>
 * <li>Drops: Poisson arrivals, sparse enough to hear one by one (the rate set, 20-200 a second in
 * the shipped soundscapes), each from its own place and of its own strength (over 18 dB), the
 * loudest peaking 25 dB above the wash. A drop is a tick through one of many surface resonances at 0.5-4 kHz
 * (leaf, stone, wood, a taut cloth: Q 2 to 10), or a small rising bubble of a drop into water.</li>
 * <li>Wash: noise from 300 Hz to 10 kHz, gently tilted, a far field of countless drops.</li>
 * <li>Roar: noise below about 200 Hz that grows in only above intensity 0.55, the weight of a
 * downpour.</li>
 * </ul>
 * The wind leans on the rain: gusts raise the wash and the drops' rate a little. At intensity 1
 * the RMS is about 1 before the layer's level.
 */
final class RainLayer implements Layer {

    private static final int KINDS = 40;
    /**
     * Amplitudes of the parts at intensity 1 (the drops': their RMS over time), powers summing to
     * about 1: most of the power is in the drops, so the loudest stand 15-30 dB over the wash.
     */
    private static final double WASH = 0.5;
    private static final double DROPS = 0.75;
    /** Drops' strengths are log-uniform over this range: the loudest 25 dB over the wash, the softest lost in it. */
    private static final double SPREAD_DB = 18;
    private static final double ROAR = 0.42;
    private final Weather weather;
    private final int sampleRate;
    private final double dropsPerSecond;
    private final double roar;
    private final Noise events;
    private final float[][] drops = new float[KINDS][];
    private final double dropNorm;
    private final Grains grains;
    /** The wash: each channel's own noise from 300 Hz to 10 kHz, tilted down by 4 dB above 2.5 kHz. */
    private final NoiseField wash;
    private final Roar roarSound;
    private double untilDrop = -1;
    private double lastWash = Double.NaN;

    RainLayer(SeedTree seeds, Weather weather, int sampleRate, int blockFrames, double dropsPerSecond, double roar) {
        this.weather = weather;
        this.sampleRate = sampleRate;
        this.dropsPerSecond = dropsPerSecond;
        this.roar = roar;
        grains = new Grains(sampleRate);
        events = new Noise(seeds.child("drops"));
        Noise shapes = new Noise(seeds.child("shapes"));
        double energy = 0;
        for (int k = 0; k < KINDS; k++) {
            drops[k] = k % 4 == 3 ? bubble(shapes, sampleRate) : tap(shapes, sampleRate);
            for (float v : drops[k]) {
                energy += v * v;
            }
        }
        // Mean energy of a drop of gain 1, times the mean square of the drops' gains (log-uniform over the spread).
        double meanSquareGain = (1 - Math.pow(10, -SPREAD_DB / 10)) / (2 * Math.log(Math.pow(10, SPREAD_DB / 20)));
        dropNorm = 1 / Math.sqrt(energy / KINDS * meanSquareGain * dropsPerSecond / sampleRate);
        wash = new NoiseField(seeds, blockFrames, new Biquad[] {Biquad.highPass(300, 0.6, sampleRate),
            Biquad.lowPass(10000, 0.7071, sampleRate), Biquad.highShelf(2500, -4, sampleRate)});
        roarSound = new Roar(sampleRate, blockFrames);
    }

    RainLayer(SeedTree seeds, Weather weather, int sampleRate, int blockFrames) {
        this(seeds, weather, sampleRate, blockFrames, 90, 0.6);
    }

    /**
     * A drop on a surface: a sub-millisecond tick that rings a resonance of the surface
     * (0.5-4 kHz, Q 2-10), 4 to 40 ms long. Peak 1.
     */
    private static float[] tap(Noise shapes, int rate) {
        double hz = shapes.logBetween(500, 4000);
        double q = shapes.logBetween(2, 10);
        Biquad ring = Biquad.bandPass(hz, hz / q, rate);
        Biquad click = Biquad.highPass(1500, 0.7071, rate);
        double tickFrames = shapes.between(0.1e-3, 0.5e-3) * rate;
        // A resonance of this Q dies by 60 dB in about 2.2 Q / f seconds.
        int length = (int) Math.min(0.05 * rate, 2.2 * q / hz * rate + 4 * tickFrames) + 8;
        float[] x = new float[length];
        double clickShare = shapes.between(0.2, 0.6);
        for (int i = 0; i < length; i++) {
            double tick = i < tickFrames ? shapes.next() * (1 - i / tickFrames) : 0;
            x[i] = (float) (ring.process(tick) * q + clickShare * click.process(tick));
        }
        return fade(x);
    }

    /** A drop into water: a bubble's rising tone (Minnaert), 1-4 kHz, rising by 10-40 % as it dies over 5-15 ms. Peak 1. */
    private static float[] bubble(Noise shapes, int rate) {
        double hz = shapes.logBetween(1000, 4000);
        double rise = shapes.between(0.1, 0.4);
        double decay = shapes.between(5e-3, 15e-3) / 3;
        float[] x = new float[(int) (decay * 7 * rate) + 1];
        double phase = 0;
        for (int i = 0; i < x.length; i++) {
            double t = (double) i / rate;
            phase += 2 * Math.PI * hz * (1 + rise * t / (decay * 7)) / rate;
            x[i] = (float) (Math.sin(phase) * Math.exp(-t / decay) * Math.min(1, i / (0.0003 * rate)));
        }
        return fade(x);
    }

    /** Scales to peak 1 and fades the last 2 ms to nothing, so no drop ends on a step. */
    private static float[] fade(float[] x) {
        double peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        int tail = Math.min(x.length, 88);
        for (int i = 0; i < x.length; i++) {
            double end = Math.min(1, (double) (x.length - 1 - i) / tail);
            x[i] = (float) (x[i] / peak * end);
        }
        return x;
    }

    @Override
    public void add(Bus out, int frames, double fromIntensity, double toIntensity) {
        double lean = 1 + 0.5 * (weather.gust() - 0.5);
        double washTo = WASH * toIntensity * lean;
        double washFrom = Double.isNaN(lastWash) ? washTo : lastWash;
        wash.add(out, frames, new double[] {washFrom}, new double[] {washTo});
        roarSound.add(out, frames, roar * ROAR * roar(fromIntensity), roar * ROAR * roar(toIntensity), wash.leftWhite());
        addDrops(out, frames, toIntensity, lean);
        lastWash = washTo;
    }

    /** The roar grows in from intensity 0.55 and is full at 1. */
    private static double roar(double intensity) {
        double t = Math.max(0, Math.min(1, (intensity - 0.55) / 0.45));
        return t * t * (3 - 2 * t);
    }

    private void addDrops(Bus out, int frames, double intensity, double lean) {
        double perFrame = dropsPerSecond * (0.12 + 0.88 * intensity) * lean / sampleRate;
        // Drops grow louder less than they grow denser: the level comes mostly from their number.
        double gain = DROPS * dropNorm * Math.sqrt(intensity);
        if (untilDrop < 0) {
            untilDrop = events.gap(perFrame);
        }
        while (untilDrop < frames) {
            float[] drop = drops[(int) (events.uniform() * KINDS)];
            double strength = Math.pow(10, -SPREAD_DB * events.uniform() / 20);
            double sign = events.uniform() < 0.5 ? -1 : 1;
            grains.start(drop, (int) untilDrop, sign * gain * strength, events.between(-1, 1));
            untilDrop += events.gap(perFrame);
        }
        untilDrop -= frames;
        grains.add(out.directLeft, out.directRight, frames);
    }

    /**
     * The roar: noise from 30 to 200 Hz. A diffuse field is coherent between the ears that low
     * (see {@link DiffuseField}), so one noise serves both channels, in the middle; it is the
     * wash's left noise, whose band lies above the roar's, so the two are uncorrelated.
     */
    private static final class Roar {
        private final Biquad[] chain;
        private final double norm;
        private final float[] block;

        Roar(int rate, int blockFrames) {
            chain = new Biquad[] {Biquad.highPass(30, 0.7071, rate), Biquad.lowPass(200, 0.7071, rate),
                Biquad.lowPass(200, 0.7071, rate)};
            norm = 1 / (Noise.RMS * Biquad.noiseGain(chain));
            block = new float[blockFrames];
        }

        void add(Bus out, int frames, double from, double to, float[] white) {
            if (from > 0 || to > 0) {
                System.arraycopy(white, 0, block, 0, frames);
                Biquad.cascade(block, frames, chain[0], chain[1], chain[2]);
                Pan.centre(out.directLeft, out.directRight, block, frames, norm * from, norm * to);
            }
        }
    }
}
