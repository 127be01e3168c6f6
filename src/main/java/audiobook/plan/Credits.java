package audiobook.plan;

/**
 * What the narrator says before the first chapter and after the last, as audiobooks do: "The
 * Call of the Wild, by Jack London." and "The end." Empty text means none; in the settings, null
 * means the usual.
 */
public record Credits(String opening, String closing) {

    public static final Credits NONE = new Credits("", "");
    public static final String USUAL_CLOSING = "The end.";

    /** These credits with the usual ones where they say nothing: the title and, if known, the author. */
    Credits resolve(String title, String author) {
        String usualOpening = author == null ? title + "." : title + ", by " + author + ".";
        return new Credits(opening == null ? usualOpening : opening.strip(), closing == null ? USUAL_CLOSING : closing.strip());
    }
}
