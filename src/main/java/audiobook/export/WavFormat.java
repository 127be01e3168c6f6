package audiobook.export;

/**
 * The sample format of a WAV file as read from its {@code fmt } chunk.
 *
 * @param formatTag     1 for integer PCM, 3 for IEEE float; for WAVE_FORMAT_EXTENSIBLE the
 *                      tag of its sub-format, so callers never see 0xFFFE
 * @param channels      interleaved channels per frame
 * @param sampleRate    frames per second
 * @param bitsPerSample container size of one sample: 8, 16, 24, 32 (or 64 for float)
 */
public record WavFormat(int formatTag, int channels, int sampleRate, int bitsPerSample) {
    public static final int PCM = 1;
    public static final int IEEE_FLOAT = 3;

    public int blockAlign() {
        return channels * bitsPerSample / 8;
    }
}
