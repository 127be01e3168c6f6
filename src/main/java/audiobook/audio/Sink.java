package audiobook.audio;

import java.io.IOException;

/** Where audio goes, block by block: a file writer, an encoder, a meter, a sound device, a test's array. */
public interface Sink extends Unit {

    void write(Block block) throws IOException;

    /** No more blocks come: a sink that holds frames back writes them now. */
    default void finish() throws IOException {
    }
}
