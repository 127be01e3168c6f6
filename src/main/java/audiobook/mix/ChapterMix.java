package audiobook.mix;

/**
 * A chapter mixed and mastered: the immersive master (stereo), the stems it was made of, the
 * limiter's report, and the master's loudness figures.
 */
public record ChapterMix(int sampleRate, float[][] master, Stem narration, Stem ambience,
                         LoudnessReport loudness, LimiterReport limiter) {

    public double seconds() {
        return (double) master[0].length / sampleRate;
    }
}
