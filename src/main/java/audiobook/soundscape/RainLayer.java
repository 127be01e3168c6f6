package audiobook.soundscape;

/**
 * Rain: a hiss of high-passed noise under a dense shower of drops. Drops arrive at random
 * (Poisson) times, more of them as the rain grows, each a click of random strength that rings
 * one of three resonators (a drop on leaves, on stone, on metal). Energy lies mostly above 2 kHz.
 */
final class RainLayer implements Layer {

    private static final double[] RESONATOR_HZ = {2600, 4100, 6300};
    private static final double RESONATOR_BW_HZ = 900;

    private final Channel left;
    private final Channel right;
    private final double dropsPerSecond;
    private double lastIntensity = -1;

    /** @param dropsPerSecond drops per second per channel at full intensity (8 % of them at intensity 0) */
    RainLayer(long seed, int sampleRate, int blockFrames, double dropsPerSecond) {
        this.dropsPerSecond = dropsPerSecond;
        left = new Channel(seed, sampleRate, blockFrames);
        right = new Channel(seed ^ 0x2545F4914F6CDD1DL, sampleRate, blockFrames);
    }

    RainLayer(long seed, int sampleRate, int blockFrames) {
        this(seed, sampleRate, blockFrames, 1950);
    }

    @Override
    public void add(float[] l, float[] r, int frames, double intensity) {
        double from = lastIntensity < 0 ? intensity : lastIntensity;
        double drops = dropsPerSecond * (0.08 + 0.92 * intensity);
        left.add(l, frames, from, intensity, drops);
        right.add(r, frames, from, intensity, drops);
        lastIntensity = intensity;
    }

    private static final class Channel {
        private final Noise noise;
        private final int sampleRate;
        private final Biquad hissHigh1;
        private final Biquad hissHigh2;
        private final Biquad hissLow;
        private final TarsosBandPass[] resonators = new TarsosBandPass[RESONATOR_HZ.length];
        private final float[][] drops;
        private final float[] hiss;

        Channel(long seed, int sampleRate, int blockFrames) {
            this.noise = new Noise(seed);
            this.sampleRate = sampleRate;
            hissHigh1 = Biquad.highPass(2200, 0.7071, sampleRate);
            hissHigh2 = Biquad.highPass(2200, 0.7071, sampleRate);
            hissLow = Biquad.lowPass(9000, 0.7071, sampleRate);
            drops = new float[RESONATOR_HZ.length][blockFrames];
            for (int k = 0; k < resonators.length; k++) {
                resonators[k] = new TarsosBandPass(RESONATOR_HZ[k], RESONATOR_BW_HZ, sampleRate);
            }
            hiss = new float[blockFrames];
        }

        void add(float[] out, int frames, double fromIntensity, double toIntensity, double dropsPerSecond) {
            double chance = dropsPerSecond / sampleRate;
            for (float[] d : drops) {
                java.util.Arrays.fill(d, 0f);
            }
            for (int i = 0; i < hiss.length; i++) {
                if (noise.uniform() < chance) {
                    int k = (int) (noise.uniform() * RESONATOR_HZ.length);
                    double strength = noise.uniform();
                    drops[k][i] = (float) (strength * strength * (noise.next() < 0 ? -1 : 1) * 14);
                }
                hiss[i] = noise.next();
            }
            for (int k = 0; k < resonators.length; k++) {
                resonators[k].process(drops[k]);
            }
            hissHigh1.process(hiss, hiss.length);
            hissHigh2.process(hiss, hiss.length);
            hissLow.process(hiss, hiss.length);
            for (int i = 0; i < frames; i++) {
                double intensity = fromIntensity + (toIntensity - fromIntensity) * i / frames;
                double drop = drops[0][i] + drops[1][i] + drops[2][i];
                out[i] += (float) (intensity * 2 * (1.2 * hiss[i] + drop));
            }
        }
    }
}
