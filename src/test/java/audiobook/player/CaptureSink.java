package audiobook.player;

import audiobook.audio.Block;
import java.util.ArrayList;
import java.util.List;

/** An {@link AudioSink} that keeps everything played, for tests; it "plays" instantly. */
public class CaptureSink implements AudioSink {

    /** One {@link #open} call. */
    public record Opening(int sampleRate, int channels) {
    }

    public final List<Opening> openings = new ArrayList<>();
    private final List<float[]> channels = new ArrayList<>();
    private long frames;
    private long framesSinceOpen;
    public volatile boolean stopped;
    public volatile boolean closed;
    public int drains;

    @Override
    public void open(int sampleRate, int channelCount) {
        openings.add(new Opening(sampleRate, channelCount));
        while (channels.size() < channelCount) {
            channels.add(new float[0]);
        }
        framesSinceOpen = 0;
        closed = false;
    }

    @Override
    public void write(Block played) {
        float[][] block = played.channels();
        int count = played.frames();
        for (int c = 0; c < block.length; c++) {
            float[] old = channels.get(c);
            float[] grown = java.util.Arrays.copyOf(old, (int) frames + count);
            System.arraycopy(block[c], 0, grown, (int) frames, count);
            channels.set(c, grown);
        }
        frames += count;
        framesSinceOpen += count;
        afterWrite(frames);
    }

    /** Tests override this to act at a point in the stream (press Ctrl-C, say). */
    protected void afterWrite(long framesSoFar) {
    }

    @Override
    public long framesPlayed() {
        return framesSinceOpen;
    }

    @Override
    public void finish() {
        drains++;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        closed = true;
    }

    public long frames() {
        return frames;
    }

    /** Everything played on channel {@code c}, in order. */
    public float[] channel(int c) {
        return java.util.Arrays.copyOf(channels.get(c), (int) frames);
    }
}
