package audiobook.mix;

import audiobook.audio.Decibels;
import audiobook.audio.Timeline;

/**
 * How loud a chapter's narration is, measured before it is resampled: K-weighted energy per
 * 100 ms hop (for the immersive master's loudness) and the plain energy (for the dry master's
 * RMS). Measuring the engine's 16 kHz clips costs a fraction of measuring the 44.1 kHz
 * narration, and both figures carry over: resampling keeps a band-limited signal's energy per
 * second, and the hops cover the same 100 ms of time at either rate.
 */
public final class VoiceLevels {

    private final KWeightedHops hops;
    private final int sampleRate;
    private double sumOfSquares;
    private long frames;
    private long speechFrames;
    private double dryGain = Double.NaN;

    private VoiceLevels(int sampleRate) {
        this.sampleRate = sampleRate;
        this.hops = new KWeightedHops(1, sampleRate);
    }

    /** Measures a whole chapter's narration read from a track at the clips' own rate. */
    public static VoiceLevels measure(Timeline timeline, NarrationTrack narration) {
        VoiceLevels levels = new VoiceLevels(timeline.sampleRate());
        float[][] block = new float[1][4096];
        // The plain sum of squares is taken in the weighting's loop, sample after sample as ever.
        KWeighting.Plain plain = new KWeighting.Plain();
        for (long pos = 0; pos < timeline.frames(); pos += block[0].length) {
            int n = (int) Math.min(block[0].length, timeline.frames() - pos);
            narration.next(block[0], n);
            levels.hops.accept(block, n, plain);
            levels.frames += n;
        }
        levels.sumOfSquares = plain.left;
        for (int i = 0; i < timeline.starts().length; i++) {
            levels.speechFrames += timeline.ends()[i] - timeline.starts()[i];
        }
        return levels;
    }

    /**
     * As {@link #measure(Timeline, NarrationTrack)}, and also the dry master's gain: the one that
     * puts the narration at the dry RMS aim once it has been through the dry master's compressor
     * ({@link Compressor}), which takes a dB or so off the RMS as it tames the peaks. Found in
     * two more readings of the clips at their own rate, each correcting the gain by what the
     * compressed RMS missed.
     */
    public static VoiceLevels measure(Timeline timeline, java.util.function.Supplier<NarrationTrack> narration) {
        VoiceLevels levels = measure(timeline, narration.get());
        double gain = levels.rms() > 0 ? Decibels.toLinear(DeliveryProfile.DRY_RMS_AIM) / levels.rms() : 1;
        for (int pass = 0; pass < 2 && levels.rms() > 0; pass++) {
            double compressed = compressedRms(timeline, narration.get(), gain);
            if (compressed > 0) {
                gain *= Decibels.toLinear(DeliveryProfile.DRY_RMS_AIM) / compressed;
            }
        }
        levels.dryGain = gain;
        return levels;
    }

    private static double compressedRms(Timeline timeline, NarrationTrack narration, double gain) {
        Compressor compressor = Compressor.forDryMaster(timeline.sampleRate());
        float[] block = new float[4096];
        double sum = 0;
        for (long pos = 0; pos < timeline.frames(); pos += block.length) {
            int n = (int) Math.min(block.length, timeline.frames() - pos);
            narration.next(block, n);
            for (int i = 0; i < n; i++) {
                block[i] *= (float) gain;
            }
            compressor.process(block, n);
            for (int i = 0; i < n; i++) {
                sum += (double) block[i] * block[i];
            }
        }
        return Math.sqrt(sum / Math.max(1, timeline.frames()));
    }

    /**
     * The dry master's gain: the compensated one when the levels were measured with a supplier,
     * else the one that puts the uncompressed RMS at the aim.
     */
    double dryGain() {
        if (!Double.isNaN(dryGain)) {
            return dryGain;
        }
        return rms() > 0 ? Decibels.toLinear(DeliveryProfile.DRY_RMS_AIM) / rms() : 1;
    }

    /** RMS of the narration over the whole chapter, linear. */
    double rms() {
        return Math.sqrt(sumOfSquares / Math.max(1, frames));
    }

    /**
     * Mean square of the K-weighted voice while it speaks (over its clips, pauses left out): the
     * level the bed is set under. The same at any rate, as the energy per second is.
     */
    double speechPower() {
        double energy = 0;
        for (int h = 0; h < hops.count(); h++) {
            energy += hops.energy(h);
        }
        return speechFrames > 0 ? energy / speechFrames : 0;
    }

    /** The voice's K-weighted hops, scaled to energy per hop at {@code outputRate}. */
    KWeightedHops hops() {
        return hops;
    }

    /** Energy of a hop grows with the number of frames in it: the factor from this rate to another. */
    double energyScaleTo(int outputRate) {
        return (double) outputRate / sampleRate;
    }
}
