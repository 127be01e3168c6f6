package audiobook.mix;

/** A chapter mixed and mastered: the immersive master and the two stems it was made of. */
public record ChapterMix(Master master, Stem narration, Stem ambience) {
}
