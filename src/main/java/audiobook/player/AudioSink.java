package audiobook.player;

import audiobook.audio.Block;
import audiobook.audio.Sink;

/**
 * Where played audio goes: the sound device, or a capture in tests. A {@link Sink} that is
 * opened for a format first and can be stopped: the player calls {@link #open}, then
 * {@link #write} block by block, then {@link #finish}, which waits until everything written has
 * been heard; {@link #stop} may come from another thread (Ctrl-C) at any time and must make a
 * blocked {@code write} return.
 */
public interface AudioSink extends Sink, AutoCloseable {

    /**
     * Prepares for samples at this rate and channel count; may be called again with another
     * format. Throws {@link audiobook.AudiobookException} (environment) when there is no device.
     */
    void open(int sampleRate, int channels);

    /** Plays the block; may block while the device catches up. */
    @Override
    void write(Block block);

    /** Frames the listener has heard since the sink was (re)opened. */
    long framesPlayed();

    /** Waits until everything written has been heard. */
    @Override
    void finish();

    /** Stops at once, dropping what is buffered. Safe from any thread, and more than once. */
    void stop();

    @Override
    void close();
}
