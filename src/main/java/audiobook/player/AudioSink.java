package audiobook.player;

/**
 * Where played audio goes: the sound device, or a capture in tests. The player calls
 * {@link #open}, then {@link #write} block by block, then {@link #drain}; {@link #stop} may come
 * from another thread (Ctrl-C) at any time and must make a blocked {@code write} return.
 */
public interface AudioSink extends AutoCloseable {

    /**
     * Prepares for samples at this rate and channel count; may be called again with another
     * format. Throws {@link audiobook.AudiobookException} (environment) when there is no device.
     */
    void open(int sampleRate, int channels);

    /** Plays {@code block[channel][0..frames)}, samples in [-1, 1]; may block while the device catches up. */
    void write(float[][] block, int frames);

    /** Frames the listener has heard since the sink was (re)opened. */
    long framesPlayed();

    /** Waits until everything written has been heard. */
    void drain();

    /** Stops at once, dropping what is buffered. Safe from any thread, and more than once. */
    void stop();

    @Override
    void close();
}
