package audiobook.soundscape;

/**
 * Wind after Farnell: noise through a band-pass whose centre wanders slowly and rises with the
 * wind's intensity, a quieter narrow "whistle" resonance above it, and gusts from a smoothly
 * wandering amplitude. Each channel has its own noise and wander, so left and right are
 * decorrelated. At intensity 1 its RMS is about 1 before the layer's level is applied.
 *
 * <p>Parameters: the band's centre and width; {@code gustiness} from 0 (a steady flow) to 1
 * (gusts swell and drop it by about 10 dB); {@code whistle} the level of the narrow resonance.
 */
final class WindLayer implements Layer {

    private final Channel left;
    private final Channel right;
    private final double centreHz;
    private final double gustiness;
    private final double whistle;
    private double lastIntensity = -1;

    WindLayer(long seed, int sampleRate, int blockFrames, double centreHz, double bandwidthHz,
              double gustiness, double whistle) {
        this.centreHz = centreHz;
        this.gustiness = gustiness;
        this.whistle = whistle;
        left = new Channel(seed, sampleRate, blockFrames, centreHz, bandwidthHz);
        right = new Channel(seed ^ 0x5DEECE66DL, sampleRate, blockFrames, centreHz, bandwidthHz);
    }

    /** The default wind: a band at 420 Hz, 320 Hz wide, full gusts, a faint whistle. */
    WindLayer(long seed, int sampleRate, int blockFrames) {
        this(seed, sampleRate, blockFrames, 420, 320, 1, 0.35);
    }

    @Override
    public void add(float[] l, float[] r, int frames, double intensity) {
        double from = lastIntensity < 0 ? intensity : lastIntensity;
        left.add(l, frames, from, intensity, this);
        right.add(r, frames, from, intensity, this);
        lastIntensity = intensity;
    }

    private static final class Channel {
        private final Noise noise;
        private final Biquad body;
        private final Biquad bodyAgain;
        private final double bandwidthHz;
        private final TarsosBandPass whistle;
        private final Wander pitch;
        private final Wander gust;
        private final float[] bodyBlock;
        private final float[] whistleBlock;
        private final double norm;
        private final double maxCentreHz;
        private double lastGust = -1;

        Channel(long seed, int sampleRate, int blockFrames, double centreHz, double bandwidthHz) {
            noise = new Noise(seed);
            this.bandwidthHz = bandwidthHz;
            body = Biquad.bandPass(centreHz, bandwidthHz, sampleRate);
            bodyAgain = Biquad.bandPass(centreHz, bandwidthHz, sampleRate);
            whistle = new TarsosBandPass(centreHz * 1.6, bandwidthHz / 8, sampleRate);
            // The whistle sits at 1.6 times the centre; both must stay well below Nyquist.
            maxCentreHz = sampleRate * 0.25;
            pitch = new Wander(seed + 1, 3.7, sampleRate);
            gust = new Wander(seed + 2, 2.3, sampleRate);
            bodyBlock = new float[blockFrames];
            whistleBlock = new float[blockFrames];
            // Two band-passes in cascade (one alone falls only 6 dB per octave); the 2 is measured.
            norm = 2.0 / (Noise.RMS * Biquad.bandPassNoiseGain(bandwidthHz, sampleRate));
        }

        /** The body's amplitude at an intensity and gust; 0.65 is about the mean of the gust curve, so gustiness leaves the level alone. */
        private double amplitude(double intensity, double gustNow, double gustiness) {
            double swell = 0.65 + gustiness * (0.35 + 0.9 * gustNow * gustNow - 0.65);
            return intensity * swell * norm;
        }

        void add(float[] out, int frames, double fromIntensity, double toIntensity, WindLayer wind) {
            double g = gust.advance(frames);
            double centre = Math.min(wind.centreHz * (0.7 + 0.6 * toIntensity) * (0.8 + 0.4 * pitch.advance(frames)),
                    maxCentreHz);
            body.setBandPass(centre, bandwidthHz);
            bodyAgain.setBandPass(centre, bandwidthHz);
            whistle.setCentre(centre * 1.6);
            noise.fill(bodyBlock, bodyBlock.length);
            System.arraycopy(bodyBlock, 0, whistleBlock, 0, bodyBlock.length);
            Biquad.cascade(bodyBlock, bodyBlock.length, body, bodyAgain);
            whistle.process(whistleBlock);
            double gustFrom = lastGust < 0 ? g : lastGust;
            // Level and whistle change over seconds: computed at the block's ends and ramped
            // between them, rather than worked out at every frame.
            double fromAmplitude = amplitude(fromIntensity, gustFrom, wind.gustiness);
            double toAmplitude = amplitude(toIntensity, g, wind.gustiness);
            double amplitudeStep = (toAmplitude - fromAmplitude) / frames;
            double whistleStep = wind.whistle * (g - gustFrom) / frames;
            double whistleFrom = wind.whistle * gustFrom;
            for (int i = 0; i < frames; i++) {
                double amplitude = fromAmplitude + amplitudeStep * i;
                double whistling = whistleFrom + whistleStep * i;
                out[i] += (float) (amplitude * bodyBlock[i] + whistling * amplitude * whistleBlock[i]);
            }
            lastGust = g;
        }
    }
}
