package audiobook.audio;

import java.io.IOException;

/**
 * A unit between a source and a sink: a filter, a gain, a limiter. A processor may hold frames
 * back ({@link #latencyFrames()}), so what it hands on can be shorter than what it took; the
 * frames held back come out of {@link #finish()}.
 */
public interface Processor extends Unit {

    /** The output for this input: the same block changed in place, or a block of the processor's own. */
    Block process(Block in) throws IOException;

    /** The frames still held back at the end of the stream (none for a processor without latency). */
    default Block finish() throws IOException {
        return new Block(new float[0][], 0);
    }
}
