package audiobook.mix;

/** A finished master: its channels at the output rate, its figures, and what the limiter did. */
public record Master(DeliveryProfile profile, int sampleRate, float[][] channels, LoudnessReport loudness,
                     LimiterReport limiter) {

    public double seconds() {
        return (double) channels[0].length / sampleRate;
    }
}
