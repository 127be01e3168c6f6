package audiobook.plan;

/** What the user decided about the plan; everything else is derived from the text. */
public record PlanSettings(String title, String author, long seed, boolean includeFrontMatter,
                           int maxSegmentWords, Pauses pauses) {

    public static PlanSettings defaults() {
        return new PlanSettings(null, null, 1, false, 40, Pauses.DEFAULT);
    }

    public PlanSettings withTitle(String newTitle) {
        return new PlanSettings(newTitle, author, seed, includeFrontMatter, maxSegmentWords, pauses);
    }
}
