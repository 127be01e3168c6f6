package audiobook.soundscape;

/**
 * Wind after Farnell: noise through a band-pass whose centre wanders slowly and rises with the
 * wind's intensity, a quieter narrow "whistle" resonance above it, and gusts from a smoothly
 * wandering amplitude. Each channel has its own noise and wander, so left and right are
 * decorrelated. At intensity 1 its RMS is about 1 before the layer's level is applied.
 */
final class WindLayer implements Layer {

    private final Channel left;
    private final Channel right;
    private final double centreHz;
    private double lastIntensity = -1;

    WindLayer(long seed, int sampleRate, int blockFrames, double centreHz, double bandwidthHz) {
        this.centreHz = centreHz;
        left = new Channel(seed, sampleRate, blockFrames, centreHz, bandwidthHz);
        right = new Channel(seed ^ 0x5DEECE66DL, sampleRate, blockFrames, centreHz, bandwidthHz);
    }

    @Override
    public void add(float[] l, float[] r, int frames, double intensity) {
        double from = lastIntensity < 0 ? intensity : lastIntensity;
        left.add(l, frames, from, intensity, centreHz);
        right.add(r, frames, from, intensity, centreHz);
        lastIntensity = intensity;
    }

    private static final class Channel {
        private final Noise noise;
        private final TarsosBandPass body;
        private final TarsosBandPass bodyAgain;
        private final TarsosBandPass whistle;
        private final Wander pitch;
        private final Wander gust;
        private final float[] bodyBlock;
        private final float[] whistleBlock;
        private final double norm;
        private double lastGust = -1;

        Channel(long seed, int sampleRate, int blockFrames, double centreHz, double bandwidthHz) {
            noise = new Noise(seed);
            body = new TarsosBandPass(centreHz, bandwidthHz, sampleRate);
            bodyAgain = new TarsosBandPass(centreHz, bandwidthHz, sampleRate);
            whistle = new TarsosBandPass(centreHz * 1.6, bandwidthHz / 8, sampleRate);
            pitch = new Wander(seed + 1, 3.7, sampleRate);
            gust = new Wander(seed + 2, 2.3, sampleRate);
            bodyBlock = new float[blockFrames];
            whistleBlock = new float[blockFrames];
            // Two resonators in cascade: one alone has skirts of only -20 dB two octaves out.
            norm = 2.0 / (Noise.RMS * TarsosBandPass.noiseGain(bandwidthHz, sampleRate));
        }

        void add(float[] out, int frames, double fromIntensity, double toIntensity, double centreHz) {
            double g = gust.advance(frames);
            double centre = centreHz * (0.7 + 0.6 * toIntensity) * (0.8 + 0.4 * pitch.advance(frames));
            body.setCentre(centre);
            bodyAgain.setCentre(centre);
            whistle.setCentre(centre * 1.6);
            noise.fill(bodyBlock, bodyBlock.length);
            System.arraycopy(bodyBlock, 0, whistleBlock, 0, bodyBlock.length);
            body.process(bodyBlock);
            bodyAgain.process(bodyBlock);
            whistle.process(whistleBlock);
            double gustFrom = lastGust < 0 ? g : lastGust;
            for (int i = 0; i < frames; i++) {
                double t = (double) i / frames;
                double intensity = fromIntensity + (toIntensity - fromIntensity) * t;
                double gustNow = gustFrom + (g - gustFrom) * t;
                double amplitude = intensity * (0.35 + 0.9 * gustNow * gustNow) * norm;
                out[i] += (float) (amplitude * (bodyBlock[i] + 0.35 * gustNow * whistleBlock[i]));
            }
            lastGust = g;
        }
    }
}
