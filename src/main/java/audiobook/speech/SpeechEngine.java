package audiobook.speech;

/**
 * Speaks text into memory. Implementations may be called from several threads at once; each
 * call returns a clip trimmed of the engine's own leading and trailing silence.
 */
public interface SpeechEngine {

    /** The engine's name and version, part of every cache key. */
    String id();

    SpeechClip speak(String text, VoiceSettings voice);
}
