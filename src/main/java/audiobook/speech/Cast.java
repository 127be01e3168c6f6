package audiobook.speech;

import audiobook.plan.VoiceRole;

/**
 * Who reads what: the narrator (narration and chapter titles) and the dialogue voice (what
 * characters say). The dialogue voice is the narrator's, a little higher, quicker and livelier,
 * unless a cast file says otherwise, so that a change of speaker is heard without a change of
 * voice that would distract.
 */
public record Cast(VoiceSettings narrator, VoiceSettings dialogue) {

    public static final VoiceSettings DEFAULT_NARRATOR = VoiceSettings.NARRATOR;

    /*
     * Small steps: every step away from FreeTTS's own prosody cost intelligibility in the
     * measurements (README, "Voices"), and the difference only has to be heard, not admired.
     */
    private static final float DIALOGUE_PITCH_UP_HZ = 10f;
    private static final float DIALOGUE_RATE_UP_WPM = 10f;
    private static final float DIALOGUE_RANGE_UP_HZ = 3f;

    public static final Cast DEFAULT = of(DEFAULT_NARRATOR);

    /** The narrator given, and the dialogue voice derived from it. */
    public static Cast of(VoiceSettings narrator) {
        return new Cast(narrator, dialogueFor(narrator));
    }

    /**
     * The cast from the built-in defaults, then the cast file, then the command line (which
     * speaks of the narrator; a voice named there is also the dialogue voice's unless the cast
     * file names one for dialogue).
     */
    public static Cast resolve(CastFile file, VoiceOverrides commandLine) {
        VoiceSettings narrator = commandLine.applyTo(file.narrator().applyTo(DEFAULT_NARRATOR));
        return new Cast(narrator, file.dialogue().applyTo(dialogueFor(narrator)));
    }

    static VoiceSettings dialogueFor(VoiceSettings narrator) {
        return narrator
                .with(VoiceParameter.PITCH, VoiceParameter.PITCH.clamp(narrator.pitchHz() + DIALOGUE_PITCH_UP_HZ))
                .with(VoiceParameter.RATE, VoiceParameter.RATE.clamp(narrator.rateWpm() + DIALOGUE_RATE_UP_WPM))
                .with(VoiceParameter.PITCH_RANGE,
                        VoiceParameter.PITCH_RANGE.clamp(narrator.pitchRangeHz() + DIALOGUE_RANGE_UP_HZ));
    }

    /** The voice for a role; roles without a voice of their own are read by the narrator. */
    public VoiceSettings voiceFor(VoiceRole role) {
        return role == VoiceRole.DIALOGUE ? dialogue : narrator;
    }
}
