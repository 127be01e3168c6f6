package audiobook.mix;

import java.util.SplittableRandom;

/**
 * The narration-only master for ACX-style delivery: mono, the voice brought to an RMS of
 * -20 dBFS, peaks held under -3 dBFS, and a faint room tone under everything. ACX measures
 * the noise floor in pauses and rejects digital silence, so the pauses carry seeded, low-passed
 * noise about 68 dB below full scale.
 */
public final class DryMaster {

    private static final double ROOM_TONE_DBFS = -68;
    /** The limiter works on true peak, which is never below the sample peak; the margin covers rounding. */
    private static final double PEAK_CEILING_DBTP = DeliveryProfile.DRY_PEAK_MAX - 0.1;

    private DryMaster() {
    }

    public static Master master(Narration narration, long seed) {
        int rate = narration.sampleRate();
        float[][] mono = {narration.samples().clone()};
        LoudnessReport before = LoudnessMeter.measure(mono, rate);
        double gain = Decibels.toLinear(DeliveryProfile.DRY_RMS_AIM - before.rmsDbfs());
        float[] roomTone = roomTone(mono[0].length, seed);
        for (int i = 0; i < mono[0].length; i++) {
            mono[0][i] = (float) (mono[0][i] * gain) + roomTone[i];
        }
        LimiterReport limited = Limiter.limitInPlace(mono, rate, PEAK_CEILING_DBTP, 5, 150);
        return new Master(DeliveryProfile.DRY, rate, mono, LoudnessMeter.measure(mono, rate), limited);
    }

    /** Gently low-passed seeded noise at the room-tone level, so it reads as air, not hiss. */
    private static float[] roomTone(int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
        float[] tone = new float[frames];
        double smoothed = 0;
        double sum = 0;
        for (int i = 0; i < frames; i++) {
            smoothed += 0.25 * ((2 * random.nextDouble() - 1) - smoothed);
            tone[i] = (float) smoothed;
            sum += smoothed * smoothed;
        }
        double scale = Decibels.toLinear(ROOM_TONE_DBFS) / Math.sqrt(sum / Math.max(1, frames) + 1e-30);
        for (int i = 0; i < frames; i++) {
            tone[i] *= (float) scale;
        }
        return tone;
    }
}
