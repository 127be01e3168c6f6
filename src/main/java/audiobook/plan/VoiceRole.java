package audiobook.plan;

/** Who reads a segment; the narration stage maps each role to a voice and its parameters. */
public enum VoiceRole {
    NARRATOR, DIALOGUE
}
