package audiobook.plan;

/**
 * The unit of narration: one sentence (or clause of a long one), as written and as spoken,
 * who speaks it, the pause that follows it, and the scene it sets.
 */
public record Segment(int index, String text, String spoken, VoiceRole role, PauseKind pauseAfter,
                      int pauseMs, SceneCue cue) {
}
