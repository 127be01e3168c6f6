package audiobook.plan;

import audiobook.text.Lexicon;

/**
 * What the user decided about the plan; everything else is derived from the text.
 *
 * @param chapterWords target chapter length for text without headings; 0 picks one from the length
 * @param lexicon      the user's pronunciations, applied to the spoken text
 */
public record PlanSettings(String title, String author, long seed, boolean includeFrontMatter,
                           int maxSegmentWords, Pauses pauses, int chapterWords, Lexicon lexicon) {

    public PlanSettings {
        lexicon = lexicon == null ? Lexicon.EMPTY : lexicon;
    }

    public PlanSettings(String title, String author, long seed, boolean includeFrontMatter, int maxSegmentWords,
                        Pauses pauses) {
        this(title, author, seed, includeFrontMatter, maxSegmentWords, pauses, 0, Lexicon.EMPTY);
    }

    public static PlanSettings defaults() {
        return new PlanSettings(null, null, 1, false, 40, Pauses.DEFAULT, 0, Lexicon.EMPTY);
    }

    public PlanSettings withTitle(String newTitle) {
        return new PlanSettings(newTitle, author, seed, includeFrontMatter, maxSegmentWords, pauses, chapterWords, lexicon);
    }
}
