package audiobook.plan;

/** What kind of boundary follows a segment; {@link Pauses} gives each its length. */
public enum PauseKind {
    CLAUSE, SENTENCE, PARAGRAPH, SCENE, TITLE, END
}
