package audiobook.pipeline;

/** A chapter's clips in segment order, and how many were synthesised now or reused from the cache. */
record ChapterSpeech(ClipStore clips, int synthesised, int reused) {
}
