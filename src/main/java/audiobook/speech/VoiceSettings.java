package audiobook.speech;

/** A voice and its prosody: name, words per minute, mean pitch and pitch range in Hz, volume 0..1. */
public record VoiceSettings(String voice, float rateWpm, float pitchHz, float pitchRangeHz, float volume) {

    public static final VoiceSettings NARRATOR = new VoiceSettings("kevin16", 150f, 100f, 11f, 1f);

    /** Text that identifies these settings in a cache key. */
    public String key() {
        return voice + "/" + rateWpm + "/" + pitchHz + "/" + pitchRangeHz + "/" + volume;
    }
}
