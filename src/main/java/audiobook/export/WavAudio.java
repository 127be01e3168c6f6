package audiobook.export;

/**
 * A whole WAV file decoded to floats in [−1, 1).
 *
 * @param bitsPerSample as stored in the file, so a check can tell 16-bit from float masters
 * @param channels      {@code channels[c][i]}: sample {@code i} of channel {@code c}
 */
public record WavAudio(int sampleRate, int bitsPerSample, float[][] channels) {

    public int frames() {
        return channels.length == 0 ? 0 : channels[0].length;
    }

    public double durationSeconds() {
        return (double) frames() / sampleRate;
    }
}
