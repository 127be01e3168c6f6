package audiobook.plan;

import audiobook.text.Lexicon;

/**
 * What the user decided about the plan; everything else is derived from the text.
 *
 * @param chapterWords target chapter length for text without headings; 0 picks one from the length
 * @param lexicon      the user's pronunciations, applied to the spoken text
 * @param credits      what is said before the first and after the last chapter; null (or a null
 *                     field) for the usual: the book's title and author, then "The end."
 */
public record PlanSettings(String title, String author, long seed, boolean includeFrontMatter,
                           int maxSegmentWords, Pauses pauses, int chapterWords, Lexicon lexicon, Credits credits) {

    /** The longest segment, in words, before it is cut at its clauses: 16 s at the narrator's 150 words a minute. */
    public static final int MAX_SEGMENT_WORDS = 40;

    public PlanSettings {
        lexicon = lexicon == null ? Lexicon.EMPTY : lexicon;
    }

    public PlanSettings(String title, String author, long seed, boolean includeFrontMatter, int maxSegmentWords,
                        Pauses pauses, int chapterWords, Lexicon lexicon) {
        this(title, author, seed, includeFrontMatter, maxSegmentWords, pauses, chapterWords, lexicon, Credits.NONE);
    }

    public PlanSettings(String title, String author, long seed, boolean includeFrontMatter, int maxSegmentWords,
                        Pauses pauses) {
        this(title, author, seed, includeFrontMatter, maxSegmentWords, pauses, 0, Lexicon.EMPTY);
    }

    /** The defaults, without credits (the command line asks for the usual ones: {@code withCredits(null)}). */
    public static PlanSettings defaults() {
        return new PlanSettings(null, null, 1, false, MAX_SEGMENT_WORDS, Pauses.DEFAULT, 0, Lexicon.EMPTY, Credits.NONE);
    }

    public PlanSettings withTitle(String newTitle) {
        return new PlanSettings(newTitle, author, seed, includeFrontMatter, maxSegmentWords, pauses, chapterWords, lexicon,
                credits);
    }

    public PlanSettings withCredits(Credits newCredits) {
        return new PlanSettings(title, author, seed, includeFrontMatter, maxSegmentWords, pauses, chapterWords, lexicon,
                newCredits);
    }
}
