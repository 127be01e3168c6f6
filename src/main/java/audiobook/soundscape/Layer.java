package audiobook.soundscape;

/**
 * A unit generator of the ambience: it adds a block of stereo sound at a given intensity. The
 * intensity (0..1) is ramped from the previous block's value across the block, so automation
 * never steps.
 */
interface Layer {

    void add(float[] left, float[] right, int frames, double intensity);
}
