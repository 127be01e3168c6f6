package audiobook.speech;

/**
 * A voice and its prosody: name, words per minute, mean pitch and pitch range in Hz, and a
 * volume from 0 to 1 applied to the samples, and the vocal tract a derived voice gives it
 * ({@link VocalTract#NONE} for the engine's own). The pitch is the one heard, after the vocal
 * tract's change. Values are checked by {@link VoiceParameter} where the user gives them; the
 * constructor only refuses what would be a programming error.
 */
public record VoiceSettings(String voice, float rateWpm, float pitchHz, float pitchRangeHz, float volume,
                            VocalTract tract) {

    /** FreeTTS's own kevin16 defaults (150 wpm, 100 Hz, 11 Hz): the reference of the WER measurements. */
    public static final VoiceSettings FREETTS_DEFAULT = new VoiceSettings("kevin16", 150f, 100f, 11f, 1f);

    /**
     * The built-in narrator, chosen by measuring the word error rate of PocketSphinx on the seed
     * story's dry narration (bench/wer.sh; figures in the README): slower or faster speech, a
     * higher or lower pitch and a wider pitch range all scored worse than FreeTTS's own settings.
     */
    public static final VoiceSettings NARRATOR = new VoiceSettings("kevin16", Narrator.RATE_WPM, Narrator.PITCH_HZ,
            Narrator.PITCH_RANGE_HZ, 1f);

    /** The built-in narrator's values as constants, so that the command line's help can show them. */
    public static final class Narrator {
        public static final int RATE_WPM = 150;
        public static final int PITCH_HZ = 100;
        public static final int PITCH_RANGE_HZ = 11;

        private Narrator() {
        }
    }

    /** The engine's own vocal tract. */
    public VoiceSettings(String voice, float rateWpm, float pitchHz, float pitchRangeHz, float volume) {
        this(voice, rateWpm, pitchHz, pitchRangeHz, volume, VocalTract.NONE);
    }

    public VoiceSettings {
        tract = tract == null ? VocalTract.NONE : tract;
        if (voice == null || voice.isBlank()) {
            throw new IllegalArgumentException("no voice name");
        }
        check(VoiceParameter.RATE, rateWpm);
        check(VoiceParameter.PITCH, pitchHz);
        check(VoiceParameter.PITCH_RANGE, pitchRangeHz);
        check(VoiceParameter.VOLUME, volume);
    }

    private static void check(VoiceParameter parameter, float value) {
        String problem = parameter.problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(parameter.key() + " " + problem);
        }
    }

    public float get(VoiceParameter parameter) {
        return switch (parameter) {
            case RATE -> rateWpm;
            case PITCH -> pitchHz;
            case PITCH_RANGE -> pitchRangeHz;
            case VOLUME -> volume;
        };
    }

    public VoiceSettings withVoice(String name) {
        return new VoiceSettings(name, rateWpm, pitchHz, pitchRangeHz, volume, tract);
    }

    public VoiceSettings with(VoiceParameter parameter, float value) {
        return switch (parameter) {
            case RATE -> new VoiceSettings(voice, value, pitchHz, pitchRangeHz, volume, tract);
            case PITCH -> new VoiceSettings(voice, rateWpm, value, pitchRangeHz, volume, tract);
            case PITCH_RANGE -> new VoiceSettings(voice, rateWpm, pitchHz, value, volume, tract);
            case VOLUME -> new VoiceSettings(voice, rateWpm, pitchHz, pitchRangeHz, value, tract);
        };
    }

    public VoiceSettings with(VocalTract newTract) {
        return new VoiceSettings(voice, rateWpm, pitchHz, pitchRangeHz, volume, newTract);
    }

    /**
     * Text that identifies these settings in a cache key; floats print exactly (shortest repr).
     * The engine's own vocal tract adds nothing, so clips cached before derived voices stay valid.
     */
    public String key() {
        String prosody = voice + "/" + rateWpm + "/" + pitchHz + "/" + pitchRangeHz + "/" + volume;
        return tract.isNone() ? prosody
                : prosody + "/tract-" + VoiceShaper.VERSION + "/" + tract.formants() + "/" + tract.tiltDb();
    }

    /** "kevin16, 140 wpm, pitch 100 Hz, range 11 Hz, volume 1" (and the vocal tract, when changed). */
    public String describe() {
        return voice + ", " + VoiceParameter.plain(rateWpm) + " wpm, pitch " + VoiceParameter.plain(pitchHz)
                + " Hz, range " + VoiceParameter.plain(pitchRangeHz) + " Hz, volume " + VoiceParameter.plain(volume)
                + (tract.isNone() ? "" : ", " + tract.describe());
    }
}
