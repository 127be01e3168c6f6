package audiobook.mix;

import audiobook.audio.Timeline;
import java.util.function.IntFunction;

/**
 * A chapter's narration read block by block, in order: the clips are fetched (and resampled)
 * only when the read position reaches them and dropped once it has passed, so memory holds a
 * clip or two, never the chapter.
 */
public final class NarrationTrack {

    private final Timeline timeline;
    private final IntFunction<float[]> clips;
    private long position;
    private int current;
    private float[] clip;

    /** @param clips segment index → its clip at the output rate, exactly as long as the timeline says */
    public NarrationTrack(Timeline timeline, IntFunction<float[]> clips) {
        this.timeline = timeline;
        this.clips = clips;
    }

    /** Fills {@code out[0..frames)} with the next frames of narration (silence between clips). */
    public void next(float[] out, int frames) {
        java.util.Arrays.fill(out, 0, frames, 0f);
        long end = position + frames;
        long[] starts = timeline.starts();
        long[] ends = timeline.ends();
        while (current < starts.length && starts[current] < end) {
            if (ends[current] > position) {
                if (clip == null) {
                    clip = clips.apply(current);
                }
                long from = Math.max(position, starts[current]);
                long to = Math.min(end, ends[current]);
                System.arraycopy(clip, (int) (from - starts[current]), out, (int) (from - position), (int) (to - from));
            }
            if (ends[current] <= end) {
                current++;
                clip = null;
            } else {
                break;
            }
        }
        position = end;
    }
}
