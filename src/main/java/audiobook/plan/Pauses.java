package audiobook.plan;

/** Pause lengths in milliseconds for each boundary kind (DESIGN.md "Audio targets"). */
public record Pauses(int clauseMs, int sentenceMs, int paragraphMs, int sceneMs, int titleMs) {

    public static final Pauses DEFAULT = new Pauses(150, 350, 800, 1500, 1200);

    public int of(PauseKind kind) {
        return switch (kind) {
            case CLAUSE -> clauseMs;
            case SENTENCE -> sentenceMs;
            case PARAGRAPH -> paragraphMs;
            case SCENE -> sceneMs;
            case TITLE -> titleMs;
            case END -> 0;
        };
    }
}
