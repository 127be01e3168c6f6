package audiobook.mix;

/**
 * Mixes a chapter's narration over its ambience bed and masters the result: the narration is
 * set to the loudness target, the bed is ducked under it and faded in and out, and the sum is
 * brought to the target and held under the true-peak ceiling by the limiter.
 */
public final class ChapterMixer {

    private static final double LOOK_AHEAD_MS = 5;
    private static final double RELEASE_MS = 150;
    /** Headroom under the ceiling for 16-bit rounding of the written file. */
    private static final double CEILING_MARGIN_DB = 0.1;

    private final double targetLufs;
    private final double ceilingDbtp;
    private final Ducker ducker;
    private final double fadeSeconds;

    public ChapterMixer(double targetLufs, double ceilingDbtp, Ducker ducker, double fadeSeconds) {
        this.targetLufs = targetLufs;
        this.ceilingDbtp = ceilingDbtp;
        this.ducker = ducker;
        this.fadeSeconds = fadeSeconds;
    }

    public static ChapterMixer immersive() {
        return new ChapterMixer(DeliveryProfile.IMMERSIVE_LUFS, DeliveryProfile.IMMERSIVE_CEILING_DBTP,
                Ducker.standard(), 1.0);
    }

    /** @param bed the stereo ambience, as long as the narration, or null for none */
    public ChapterMix mix(Narration narration, float[][] bed) {
        int frames = narration.samples().length;
        int rate = narration.sampleRate();
        float[][] voice = {narration.samples().clone(), narration.samples().clone()};
        scale(voice, Decibels.toLinear(targetLufs - LoudnessMeter.measure(voice, rate).integratedLufs()));
        float[][] ambience = new float[2][frames];
        if (bed != null) {
            float[] duck = ducker.gain(narration);
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < frames; i++) {
                    ambience[c][i] = bed[c][i] * duck[i];
                }
            }
            int fade = (int) (fadeSeconds * rate);
            Fades.apply(ambience, fade, fade);
        }
        float[][] master = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < frames; i++) {
                master[c][i] = voice[c][i] + ambience[c][i];
            }
        }
        scale(master, Decibels.toLinear(targetLufs - LoudnessMeter.measure(master, rate).integratedLufs()));
        LimiterReport limited = Limiter.limitInPlace(master, rate, ceilingDbtp - CEILING_MARGIN_DB,
                LOOK_AHEAD_MS, RELEASE_MS);
        return new ChapterMix(new Master(DeliveryProfile.IMMERSIVE, rate, master, LoudnessMeter.measure(master, rate), limited),
                new Stem("narration", rate, voice), new Stem("ambience", rate, ambience));
    }

    private static void scale(float[][] channels, double gain) {
        for (float[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] *= (float) gain;
            }
        }
    }
}
