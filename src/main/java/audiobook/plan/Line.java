package audiobook.plan;

/**
 * One quotation: the segments it spans in its chapter, who says it (null: the text does not
 * tell) and how that was found (null when unknown).
 */
public record Line(int chapter, int firstSegment, int lastSegment, String speaker, Attribution how) {
}
