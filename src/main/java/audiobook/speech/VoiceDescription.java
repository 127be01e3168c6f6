package audiobook.speech;

/** A voice an engine offers: its name, the sample rate it speaks at, and a line for people. */
public record VoiceDescription(String name, int sampleRate, String description) {
}
