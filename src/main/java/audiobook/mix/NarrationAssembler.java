package audiobook.mix;

import java.util.List;

/**
 * Lays a chapter's speech clips end to end with the plan's pauses between them, after a lead-in
 * (the ambience fades in before the first word) and before a tail (it fades out after the last).
 */
public final class NarrationAssembler {

    private final int sampleRate;
    private final double leadInSeconds;
    private final double tailSeconds;

    public NarrationAssembler(int sampleRate, double leadInSeconds, double tailSeconds) {
        this.sampleRate = sampleRate;
        this.leadInSeconds = leadInSeconds;
        this.tailSeconds = tailSeconds;
    }

    /** @param clips clips already at the output rate; pausesMs the pause after each clip */
    public Narration assemble(List<float[]> clips, int[] pausesMs) {
        long[] starts = new long[clips.size()];
        long[] ends = new long[clips.size()];
        long position = frames(leadInSeconds * 1000);
        for (int i = 0; i < clips.size(); i++) {
            starts[i] = position;
            ends[i] = position + clips.get(i).length;
            position = ends[i] + (i < clips.size() - 1 ? frames(pausesMs[i]) : 0);
        }
        float[] samples = new float[Math.toIntExact(position + frames(tailSeconds * 1000))];
        for (int i = 0; i < clips.size(); i++) {
            float[] clip = clips.get(i);
            System.arraycopy(clip, 0, samples, (int) starts[i], clip.length);
        }
        return new Narration(sampleRate, samples, starts, ends);
    }

    private long frames(double ms) {
        return Math.round(ms * sampleRate / 1000);
    }
}
