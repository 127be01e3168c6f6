package audiobook.mix;

/** A finished master as written: its profile, length, figures, and what the limiter did. */
public record Master(DeliveryProfile profile, int sampleRate, long frames, LoudnessReport loudness,
                     LimiterReport limiter) {

    public double seconds() {
        return (double) frames / sampleRate;
    }
}
