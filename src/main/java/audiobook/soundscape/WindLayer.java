package audiobook.soundscape;

import audiobook.audio.Biquad;
import audiobook.plan.SeedTree;

/**
 * Wind in three layers, as sound designers build it (Farnell; Morsch's "layered wind"), all
 * driven by the chapter's gusts ({@link Weather}):
 * <ul>
 * <li>a low body, 40-250 Hz, that swells a little behind each gust;</li>
 * <li>a broad whoosh from about half the centre to 3.6 times it (200 Hz-1.5 kHz at the default
 * 420 Hz) with gentle 12 dB/octave slopes and a soft peak at the centre; its pitch rises with
 * the gust, and in a strong gust part of it comes from one place that moves (the gust itself);</li>
 * <li>air, 2-8 kHz, and a rustle of leaf ticks, that rise with each gust and lag it (by 0.5 s
 * and 1 s, then smoothed over 0.6 s and 1.5 s), and two whistling wires that sing only in strong
 * gusts, their pitch following the gust 0.1 s and 1 s behind (a whistle's pitch rises with wind
 * speed: f = St U / D).</li>
 * </ul>
 * Left and right draw their own noise; at intensity 1 the RMS is about 1 before the layer's level.
 */
final class WindLayer implements Layer {

    /** Amplitude of each part at intensity 1: their powers sum to about 1 at the defaults. */
    private static final double WHOOSH = 0.75;
    private static final double WHISTLE = 0.3;
    private static final double RUSTLE = 0.2;
    private static final double TICKS_PER_SECOND = 140;

    private final Weather weather;
    private final int sampleRate;
    private final double centreHz;
    private final double bandwidthHz;
    private final double gustiness;
    private final double body;
    private final double air;
    private final double whistle;
    /** The whoosh (band 0) and the air (band 1), each channel its own noise. */
    private final NoiseField field;
    private final Mono mono;
    private final Wire[] wires;
    private final Leaves leaves;
    private final Lag bodyLag;
    private final Lag airLag;
    private final Lag leavesLag;
    private double lastSwell = Double.NaN;
    private double lastBody;
    private double lastAir;

    WindLayer(SeedTree seeds, Weather weather, int sampleRate, int blockFrames, double centreHz, double bandwidthHz,
              double gustiness, double whistle, double body, double air) {
        this.weather = weather;
        this.sampleRate = sampleRate;
        this.centreHz = Math.min(centreHz, sampleRate * 0.08);
        this.bandwidthHz = bandwidthHz;
        this.gustiness = gustiness;
        this.whistle = whistle;
        this.body = body;
        this.air = air;
        field = new NoiseField(seeds, blockFrames, whooshChain(this),
                new Biquad[] {Biquad.highPass(2000, 0.7071, sampleRate), Biquad.lowPass(8000, 0.7071, sampleRate)});
        mono = new Mono(seeds, this, blockFrames);
        wires = new Wire[] {new Wire(seeds.child("wire/low"), this, 2.2, 0.1, -0.45, blockFrames),
            new Wire(seeds.child("wire/high"), this, 3.1, 1.0, 0.6, blockFrames)};
        leaves = new Leaves(seeds.child("leaves"), sampleRate);
        bodyLag = new Lag(0, 0.4, sampleRate);
        airLag = new Lag(0.5, 0.6, sampleRate);
        leavesLag = new Lag(1, 1.5, sampleRate);
    }

    /** The default wind: centre 420 Hz, peak 320 Hz wide, full gusts, a faint whistle, body and air at their defaults. */
    WindLayer(SeedTree seeds, Weather weather, int sampleRate, int blockFrames) {
        this(seeds, weather, sampleRate, blockFrames, 420, 320, 1, 0.35, 0.6, 0.35);
    }

    /** How much louder than its mean the wind is at a gust strength: -6.6 dB at 0.2, +5.3 dB at 0.8. */
    private double swell(double g) {
        return 1 + gustiness * ((0.25 + 1.5 * g * g) / 0.66 - 1);
    }

    /** The whoosh's centre: higher with intensity and with the gust. */
    private double centre(double intensity, double g) {
        return centreHz * (0.7 + 0.6 * intensity) * (0.8 + 0.4 * g);
    }

    @Override
    public void add(Bus out, int frames, double fromIntensity, double toIntensity) {
        double g = weather.gust();
        double swell = swell(g);
        double swellFrom = Double.isNaN(lastSwell) ? swell : lastSwell;
        double bodyNow = bodyLag.next(swell, frames);
        double airDrive = airLag.next(g, frames);
        double airNow = 0.2 + 1.6 * airDrive * airDrive;
        if (Double.isNaN(lastSwell)) {
            lastBody = bodyNow;
            lastAir = airNow;
        }
        double centre = centre(toIntensity, g);
        // Amplitude in proportion to intensity, as every layer's: the scorer's scene arcs and the
        // mix's level targets count on it (a steeper law would push calm beds under their targets).
        double from = fromIntensity;
        double to = toIntensity;
        // In a strong gust up to 60 % of the whoosh's power comes from the gust's own place.
        double pointShare = gustiness * Math.max(0, Math.min(0.6, (g - 0.45) * 1.6));
        double fieldShare = Math.sqrt(1 - pointShare);
        for (Biquad[] whoosh : field.band(0)) {
            retune(whoosh, this, centre);
        }
        field.add(out, frames, new double[] {WHOOSH * fieldShare * from * swellFrom, air * from * lastAir},
                new double[] {WHOOSH * fieldShare * to * swell, air * to * airNow});
        mono.add(out, frames, body * from * (0.7 + 0.3 * lastBody), body * to * (0.7 + 0.3 * bodyNow), centre,
                WHOOSH * to * swell * Math.sqrt(pointShare));
        Wire.add(wires, out, frames, g, to);
        double stir = leavesLag.next(g, frames);
        leaves.add(out, frames, air * RUSTLE * to, TICKS_PER_SECOND * toIntensity * stir * stir);
        lastSwell = swell;
        lastBody = bodyNow;
        lastAir = airNow;
    }

    /** The broad whoosh's chain: gentle high- and low-passes around the centre, and a soft peak at it. */
    private static Biquad[] whooshChain(WindLayer wind) {
        return new Biquad[] {Biquad.highPass(wind.centreHz * 0.48, 0.5, wind.sampleRate),
            Biquad.lowPass(wind.centreHz * 3.6, 0.6, wind.sampleRate),
            Biquad.peak(wind.centreHz, wind.bandwidthHz, 8, wind.sampleRate)};
    }

    private static void retune(Biquad[] whoosh, WindLayer wind, double centre) {
        whoosh[1].setLowPass(Math.min(centre * 3.6, wind.sampleRate * 0.4), 0.6);
        whoosh[2].setPeak(centre, wind.bandwidthHz, 8);
    }

    /**
     * The sounds of one noise: the body, and the gust as a place. Below 250 Hz a diffuse field is
     * coherent between the ears anyway (see {@link DiffuseField}), so the body is one noise in the
     * middle. The gust is a share of the whoosh from one point that drifts across the field; its
     * band lies above the body's, so the same white noise serves it uncorrelated.
     */
    private static final class Mono {
        private final WindLayer wind;
        private final Noise noise;
        private final Biquad[] body;
        private final Biquad[] whoosh;
        private final double bodyNorm;
        private final double gustNorm;
        private final Drift place;
        private final PointSource source;
        private final float[] bodyBlock;
        private final float[] gustBlock;
        private double lastGust;
        private double lastPlace;

        Mono(SeedTree seeds, WindLayer wind, int blockFrames) {
            this.wind = wind;
            int rate = wind.sampleRate;
            noise = new Noise(seeds.child("body"));
            body = new Biquad[] {Biquad.highPass(40, 0.7071, rate), Biquad.lowPass(250, 0.7071, rate),
                Biquad.lowPass(250, 0.7071, rate)};
            whoosh = whooshChain(wind);
            bodyNorm = 1 / (Noise.RMS * Biquad.noiseGain(body));
            gustNorm = 1 / (Noise.RMS * Biquad.noiseGain(whoosh));
            place = new Drift(seeds.child("gust/place"), 5, rate);
            source = new PointSource(rate, blockFrames);
            bodyBlock = new float[blockFrames];
            gustBlock = new float[blockFrames];
            lastPlace = position(place.advance(0));
        }

        private static double position(double drift) {
            return 1.6 * drift - 0.8;
        }

        void add(Bus out, int frames, double bodyFrom, double bodyTo, double centre, double gust) {
            double at = position(place.advance(frames));
            noise.fill(bodyBlock, frames);
            if (gust > 0 || lastGust > 0) {
                System.arraycopy(bodyBlock, 0, gustBlock, 0, frames);
                retune(whoosh, wind, centre);
                Biquad.cascade(bodyBlock, gustBlock, frames, body, whoosh);
                source.add(out.directLeft, out.directRight, gustBlock, frames, gustNorm * lastGust, gustNorm * gust,
                        lastPlace, at);
            } else {
                Biquad.cascade(bodyBlock, frames, body[0], body[1], body[2]);
            }
            Pan.centre(out.directLeft, out.directRight, bodyBlock, frames, bodyNorm * bodyFrom, bodyNorm * bodyTo);
            lastGust = gust;
            lastPlace = at;
        }
    }

    /** A wire that whistles in strong gusts: a narrow resonance on noise, its pitch following the gust after a lag. */
    private static final class Wire {
        private static final double Q = 30;
        private final WindLayer wind;
        private final Noise noise;
        private final double ratio;
        private final double place;
        private final Lag lag;
        private final Biquad resonance;
        private final double norm;
        private final double nominalHz;
        private final float[] block;
        private final PointSource source;
        private double lastLevel;
        /** This block's level, resonance and whether it sounds at all: set by {@link #prepare}. */
        private double level;
        private double hz;
        private boolean singing;

        Wire(SeedTree seeds, WindLayer wind, double ratio, double lagSeconds, double place, int blockFrames) {
            this.wind = wind;
            this.ratio = ratio;
            this.place = place;
            noise = new Noise(seeds);
            lag = new Lag(lagSeconds, 0.1, wind.sampleRate);
            nominalHz = Math.min(wind.centreHz * ratio, wind.sampleRate * 0.3);
            resonance = Biquad.bandPass(nominalHz, nominalHz / Q, wind.sampleRate);
            norm = 1 / (Noise.RMS * Biquad.noiseGain(resonance));
            block = new float[blockFrames];
            source = new PointSource(wind.sampleRate, blockFrames);
        }

        /**
         * Adds the wires' whistles of the next block. Why two phases: a resonance alone leaves
         * the CPU waiting on its own recursion, so when two wires sing their resonances run in
         * one loop ({@link Biquad#pair}); each wire's own steps, and the order the wires are
         * added in, stay as they were.
         */
        static void add(Wire[] wires, Bus out, int frames, double g, double intensity) {
            int singing = 0;
            for (Wire wire : wires) {
                if (wire.prepare(frames, g, intensity)) {
                    singing++;
                }
            }
            if (wires.length == 2 && singing == 2) {
                Biquad.pair(wires[0].block, wires[0].resonance, wires[1].block, wires[1].resonance, frames);
            } else {
                for (Wire wire : wires) {
                    if (wire.singing) {
                        wire.resonance.filter(wire.block, frames);
                    }
                }
            }
            for (Wire wire : wires) {
                wire.emit(out, frames);
            }
        }

        /** Moves the lag on and, if the wire sings in this block, retunes it and draws its noise. */
        private boolean prepare(int frames, double g, double intensity) {
            double drive = lag.next(g, frames);
            // Sounds only above a gust strength of 0.5, fully from 0.8: howls and whistles sing in a range of speeds.
            double sing = Math.max(0, Math.min(1, (drive - 0.5) / 0.3));
            level = wind.whistle * WHISTLE * intensity * sing * sing;
            singing = level > 0 || lastLevel > 0;
            if (singing) {
                hz = Math.min(nominalHz * (0.75 + 0.5 * drive), wind.sampleRate * 0.4);
                resonance.setBandPass(hz, hz / Q);
                noise.fill(block, frames);
            }
            return singing;
        }

        /** Adds the filtered block, if the wire sings, at its place. */
        private void emit(Bus out, int frames) {
            if (singing) {
                // A resonance of constant Q passes power in proportion to its frequency.
                double scale = norm * Math.sqrt(nominalHz / hz);
                source.add(out.directLeft, out.directRight, block, frames, scale * lastLevel, scale * level, place, place);
            }
            lastLevel = level;
        }
    }

    /** Leaves: sparse high ticks, each from its own place, more of them as the lagged gust rises. */
    private static final class Leaves {
        private static final int KINDS = 12;
        private final Noise noise;
        private final Grains grains;
        private final float[][] ticks = new float[KINDS][];
        private final int sampleRate;
        private double untilTick = -1;

        Leaves(SeedTree seeds, int sampleRate) {
            this.sampleRate = sampleRate;
            grains = new Grains(sampleRate);
            noise = new Noise(seeds.child("ticks"));
            Noise shapes = new Noise(seeds.child("shapes"));
            for (int k = 0; k < KINDS; k++) {
                ticks[k] = tick(shapes, sampleRate);
            }
        }

        /** A tick: a few milliseconds of decaying noise through a band-pass at 2.5-7 kHz, peak 1. */
        private static float[] tick(Noise shapes, int rate) {
            double decay = shapes.between(0.4e-3, 1.5e-3) * rate;
            float[] x = new float[(int) (7 * decay) + 1];
            Biquad band = Biquad.bandPass(shapes.logBetween(2500, 7000), 2500, rate);
            double peak = 0;
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) band.process(shapes.next() * Math.exp(-i / decay));
                peak = Math.max(peak, Math.abs(x[i]));
            }
            for (int i = 0; i < x.length; i++) {
                x[i] /= (float) peak;
            }
            return x;
        }

        void add(Bus out, int frames, double level, double perSecond) {
            if (perSecond > 0.01) {
                double perFrame = perSecond / sampleRate;
                if (untilTick < 0) {
                    untilTick = noise.gap(perFrame);
                }
                while (untilTick < frames) {
                    float[] tick = ticks[(int) (noise.uniform() * KINDS)];
                    grains.start(tick, (int) untilTick, level * noise.logBetween(0.1, 1), noise.between(-1, 1));
                    untilTick += noise.gap(perFrame);
                }
                untilTick -= frames;
            } else {
                untilTick = -1;
            }
            grains.add(out.directLeft, out.directRight, frames);
        }
    }
}
