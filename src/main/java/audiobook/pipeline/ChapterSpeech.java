package audiobook.pipeline;

import audiobook.speech.SpeechClip;
import java.util.List;

/** A chapter's clips in segment order, and how many were synthesised now or reused from the cache. */
record ChapterSpeech(List<SpeechClip> clips, int synthesised, int reused) {

    ChapterSpeech {
        clips = List.copyOf(clips);
    }
}
