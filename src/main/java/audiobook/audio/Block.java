package audiobook.audio;

/**
 * Frames of audio handed between units: {@code channels[c][i]} for channel {@code c} and frame
 * {@code i < frames}, samples in [-1, 1]. The arrays are usually a buffer reused block after
 * block and may be longer than {@code frames}; a unit reads and writes only the first
 * {@code frames}, and keeps no reference to a block after the call that handed it over.
 */
public record Block(float[][] channels, int frames) {

    public Block {
        for (float[] channel : channels) {
            if (channel.length < frames) {
                throw new IllegalArgumentException(frames + " frames in a channel of " + channel.length);
            }
        }
    }

    /** A buffer of {@code channels} × {@code capacity} frames of silence, all of it the block. */
    public static Block allocate(int channels, int capacity) {
        return new Block(new float[channels][capacity], capacity);
    }

    /** The first {@code frames} frames of the same arrays: a shorter last block, or a block of what a unit emitted. */
    public Block first(int frames) {
        return frames == this.frames ? this : new Block(channels, frames);
    }

    public int channelCount() {
        return channels.length;
    }

    public float[] channel(int c) {
        return channels[c];
    }
}
