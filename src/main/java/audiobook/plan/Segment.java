package audiobook.plan;

/**
 * The unit of narration: one sentence (or clause of a long one), as written and as spoken,
 * who speaks it, the pause that follows it, and the scene it sets.
 *
 * @param speaker the character who says a dialogue segment, or null: narration, or a speech
 *                whose speaker the text does not tell ({@link SpeakerFinder})
 * @param voice   the name of the voice that reads it ({@link Casting}): {@code narrator},
 *                {@code dialogue} (the voice of speech by no known speaker) or a character's
 */
public record Segment(int index, String text, String spoken, VoiceRole role, PauseKind pauseAfter,
                      int pauseMs, SceneCue cue, String speaker, String voice) {

    public Segment {
        voice = voice != null ? voice : Casting.defaultVoice(role);
    }

    /** A segment before speakers are found: narration by the narrator, speech by the dialogue voice. */
    public Segment(int index, String text, String spoken, VoiceRole role, PauseKind pauseAfter, int pauseMs,
                   SceneCue cue) {
        this(index, text, spoken, role, pauseAfter, pauseMs, cue, null, null);
    }

    public Segment withSpeaker(String name) {
        return new Segment(index, text, spoken, role, pauseAfter, pauseMs, cue, name, voice);
    }

    public Segment withVoice(String name) {
        return new Segment(index, text, spoken, role, pauseAfter, pauseMs, cue, speaker, name);
    }
}
