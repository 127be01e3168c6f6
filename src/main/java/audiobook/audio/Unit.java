package audiobook.audio;

/**
 * What every source and sink tells: how many frames late its output is, and that the
 * stream has ended. The contract is TarsosDSP's {@code AudioProcessor} (a block in, then
 * {@code processingFinished}) with the latency made part of it, since the limiter's look-ahead
 * and the resampler's filter delay must be known to the one who lines streams up.
 */
public interface Unit {

    /** Frames between a frame going in and the same frame coming out; 0 for most units. */
    default int latencyFrames() {
        return 0;
    }
}
