package audiobook.speech;

import java.util.List;

/**
 * Speaks text into memory. Implementations may be called from several threads at once; each
 * call returns a clip trimmed of the engine's own leading and trailing silence, with its edges
 * faded so that clips can be laid side by side without clicks.
 */
public interface SpeechEngine {

    /**
     * The engine's name and version, part of every cache key: it must change whenever the same
     * text and settings would give different samples (a new engine, or new trimming).
     */
    String id();

    /** The voices this engine offers, the default first. */
    List<VoiceDescription> voices();

    SpeechClip speak(String text, VoiceSettings voice);

    /**
     * Gets a voice ready for {@code calls} concurrent {@link #speak} calls ahead of the first,
     * where loading it takes a while; a build calls it while it plans. Does nothing by default.
     */
    default void prepare(String voice, int calls) {
    }

    default List<String> voiceNames() {
        return voices().stream().map(VoiceDescription::name).toList();
    }
}
