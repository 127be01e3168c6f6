package audiobook.mix;

/** A chapter's layer of sound before mastering: "narration" or "ambience", stereo at the output rate. */
public record Stem(String name, int sampleRate, float[][] channels) {
}
