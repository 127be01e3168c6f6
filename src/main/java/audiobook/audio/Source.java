package audiobook.audio;

import java.io.IOException;

/** Audio made or read block by block, in order: a soundscape bed, a spooled file, a WAV. */
public interface Source extends Unit {

    /** Fills the first {@code block.frames()} frames of every channel of the block with the next frames. */
    void next(Block block) throws IOException;
}
