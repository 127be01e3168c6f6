package audiobook.soundscape;

/**
 * A layer of the ambience: a small circuit of units (noise, filters, controls, grains, pans)
 * that adds a block of sound into a {@link Bus}. The renderer smooths the score's intensity
 * (0..1) and hands each block its value at the block's start and end, so automation never
 * steps and no layer keeps its own copy of it.
 */
interface Layer {

    void add(Bus out, int frames, double fromIntensity, double toIntensity);
}
