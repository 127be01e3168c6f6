package audiobook.soundscape;

import audiobook.audio.Biquad;
import audiobook.plan.SeedTree;
import java.util.Arrays;

/**
 * Debris: now and then a short rattle of small dry things (grit, a loose tin, gravel) stirred
 * by the wind. A rattle is a burst of clicks at random times whose strength dies away over its
 * length; the clicks ring a pair of band-pass resonators tuned to the rattle's material, and
 * the rattle sits at its own place between left and right. Each channel draws its own clicks,
 * so left and right are decorrelated. Rattles come more often and louder with intensity.
 *
 * <p>Its level: clicks are sparse, so a rattle's RMS says little of how loud it sounds; at
 * intensity 1 the loudest clicks peak near 1 (0 dBFS) before the layer's level is applied.
 */
final class DebrisLayer implements Layer {

    /** Scales the clicks so the loudest peak near 1 (measured by LayerTest). */
    private static final double NORM = 13;

    private final int sampleRate;
    private final double rattlesPerSecond;
    private final double centreHz;
    private final Noise events;
    private final Channel left;
    private final Channel right;
    private long frame;
    private long rattleEnd;
    private long rattleStart;
    private double rattleLength;
    private double clicksPerFrame;
    private double loudness;
    private double leftGain;
    private double rightGain;

    DebrisLayer(SeedTree seeds, int sampleRate, int blockFrames, double rattlesPerMinute, double centreHz) {
        this.sampleRate = sampleRate;
        this.rattlesPerSecond = rattlesPerMinute / 60;
        this.centreHz = centreHz;
        events = new Noise(seeds.child("events"));
        left = new Channel(new Noise(seeds.child("left")), centreHz, sampleRate, blockFrames);
        right = new Channel(new Noise(seeds.child("right")), centreHz, sampleRate, blockFrames);
    }

    @Override
    public void add(Bus out, int frames, double fromIntensity, double intensity) {
        float[] l = out.directLeft;
        float[] r = out.directRight;
        double roll = events.uniform();
        if (frame >= rattleEnd && roll < rattlesPerSecond * intensity * frames / sampleRate) {
            startRattle(intensity);
        }
        boolean sounding = left.click(frames, frame, this) | right.click(frames, frame, this);
        left.ring(l, frames, leftGain);
        right.ring(r, frames, rightGain);
        frame += frames;
        if (!sounding && frame >= rattleEnd) {
            left.quiet = true;
            right.quiet = true;
        }
    }

    private void startRattle(double intensity) {
        double shortish = events.uniform();
        rattleLength = 0.08 + 0.6 * shortish * shortish;
        rattleStart = frame;
        rattleEnd = frame + (long) (rattleLength * sampleRate);
        clicksPerFrame = (30 + 220 * events.uniform()) / sampleRate;
        loudness = NORM * (0.5 + 0.5 * intensity) * (0.6 + 0.4 * events.uniform())
                / Math.sqrt(clicksPerFrame * sampleRate / 100);
        double place = events.uniform() * Math.PI / 2;
        leftGain = Math.sqrt(2) * Math.cos(place);
        rightGain = Math.sqrt(2) * Math.sin(place);
        double material = centreHz * Math.pow(2, 1.2 * events.uniform() - 0.6);
        left.tune(material);
        right.tune(material);
    }

    /** Whether a frame lies within the current rattle, where {@link #envelope} is above 0. */
    private boolean sounding(long at) {
        return at >= rattleStart && at < rattleEnd && loudness > 0;
    }

    /** The strength of a click at a frame of the current rattle: dies away over its length. */
    private double envelope(long at) {
        double t = (double) (at - rattleStart) / sampleRate;
        return t < 0 || at >= rattleEnd ? 0 : loudness * Math.exp(-3 * t / rattleLength);
    }

    private static final class Channel {
        /** Width over centre (Q 2): wide enough for a dry click, narrow enough to ring at its material. */
        private static final double BANDWIDTH = 0.5;
        private final Noise noise;
        private final Biquad first;
        private final Biquad second;
        private final float[] block;
        private final int sampleRate;
        /** True while the resonators hold nothing worth filtering: saves the work between rattles. */
        private boolean quiet = true;

        Channel(Noise noise, double centreHz, int sampleRate, int blockFrames) {
            this.noise = noise;
            this.sampleRate = sampleRate;
            first = Biquad.bandPass(centreHz, centreHz * BANDWIDTH, sampleRate);
            second = Biquad.bandPass(centreHz, centreHz * BANDWIDTH, sampleRate);
            block = new float[blockFrames];
        }

        void tune(double hz) {
            double centre = Math.min(hz, sampleRate * 0.3);
            first.setBandPass(centre, centre * BANDWIDTH);
            second.setBandPass(centre, centre * BANDWIDTH);
        }

        /** Fills the block with this channel's clicks; true if any fell in it. */
        boolean click(int frames, long at, DebrisLayer rattle) {
            Arrays.fill(block, 0f);
            boolean any = false;
            for (int i = 0; i < frames; i++) {
                // The envelope (an exp) only where a click falls: the draws are the same either way.
                if (rattle.sounding(at + i) && noise.uniform() < rattle.clicksPerFrame) {
                    double strength = rattle.envelope(at + i);
                    double size = noise.uniform();
                    block[i] = (float) (strength * size * size * (noise.uniform() < 0.5 ? -1 : 1));
                    any = true;
                }
            }
            quiet &= !any;
            return any;
        }

        void ring(float[] out, int frames, double gain) {
            if (quiet) {
                return;
            }
            Biquad.cascade(block, frames, first, second);
            for (int i = 0; i < frames; i++) {
                out[i] += (float) (gain * block[i]);
            }
        }
    }
}
