package audiobook.pipeline;

import java.util.List;

/** A chapter's clips in segment order, and how many were synthesised now or reused from the cache. */
record ChapterSpeech(List<HeldClip> clips, int synthesised, int reused) {

    ChapterSpeech {
        clips = List.copyOf(clips);
    }
}
