package audiobook.mix;

/** A chapter's ambience bed, rendered block by block in order, as long as the chapter's timeline. */
public interface AmbienceSource {

    void next(float[] left, float[] right, int frames);
}
