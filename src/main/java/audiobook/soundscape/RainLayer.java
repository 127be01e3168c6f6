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

    /**
     * Each resonator's ring after a unit click, until it has died away by 100 dB. Why: a drop is
     * a click through a linear resonator, so its sound is this response scaled and added where it
     * falls; adding a few hundred samples per drop costs far less than running three resonators
     * over every sample, most of them silent.
     */
    private static float[][] ringing(int sampleRate) {
        float[][] responses = new float[RESONATOR_HZ.length][];
        for (int k = 0; k < RESONATOR_HZ.length; k++) {
            TarsosBandPass resonator = new TarsosBandPass(RESONATOR_HZ[k], RESONATOR_BW_HZ, sampleRate);
            float[] response = new float[sampleRate / 10];
            response[0] = 1;
            resonator.process(response);
            float peak = 0;
            int length = 0;
            for (int i = 0; i < response.length; i++) {
                peak = Math.max(peak, Math.abs(response[i]));
                length = Math.abs(response[i]) > 1e-5 * peak ? i + 1 : length;
            }
            responses[k] = java.util.Arrays.copyOf(response, length);
        }
        return responses;
    }

    private static final class Channel {
        private final Noise noise;
        private final int sampleRate;
        private final Biquad hissHigh1;
        private final Biquad hissHigh2;
        private final Biquad hissLow;
        private final float[][] responses;
        private final float[] hiss;
        /** This block's drops, then the rings that carry over into the next blocks. */
        private final float[] drops;
        private final int longest;
        /** Frames from the start of the next block to the next drop; negative before the first. */
        private double untilDrop = -1;

        Channel(long seed, int sampleRate, int blockFrames) {
            this.noise = new Noise(seed);
            this.sampleRate = sampleRate;
            hissHigh1 = Biquad.highPass(2200, 0.7071, sampleRate);
            hissHigh2 = Biquad.highPass(2200, 0.7071, sampleRate);
            hissLow = Biquad.lowPass(9000, 0.7071, sampleRate);
            responses = ringing(sampleRate);
            longest = java.util.Arrays.stream(responses).mapToInt(r -> r.length).max().orElse(0);
            hiss = new float[blockFrames];
            drops = new float[blockFrames + longest];
        }

        private double gap(double chance) {
            return -Math.log(1 - noise.uniform()) / chance;
        }

        void add(float[] out, int frames, double fromIntensity, double toIntensity, double dropsPerSecond) {
            double chance = dropsPerSecond / sampleRate;
            int block = hiss.length;
            System.arraycopy(drops, block, drops, 0, longest);
            java.util.Arrays.fill(drops, longest, drops.length, 0f);
            // Drops form a Poisson process: the gaps between them are exponential, drawn per drop.
            if (untilDrop < 0) {
                untilDrop = gap(chance);
            }
            while (untilDrop < block) {
                float[] response = responses[(int) (noise.uniform() * RESONATOR_HZ.length)];
                double strength = noise.uniform();
                float click = (float) (strength * strength * (noise.next() < 0 ? -1 : 1) * 14);
                int at = (int) untilDrop;
                for (int j = 0; j < response.length; j++) {
                    drops[at + j] += click * response[j];
                }
                untilDrop += gap(chance);
            }
            untilDrop -= block;
            noise.fill(hiss, block);
            Biquad.cascade(hiss, hiss.length, hissHigh1, hissHigh2, hissLow);
            double step = (toIntensity - fromIntensity) / frames;
            for (int i = 0; i < frames; i++) {
                double intensity = fromIntensity + step * i;
                out[i] += (float) (intensity * 2 * (1.2 * hiss[i] + drops[i]));
            }
        }
    }
}
