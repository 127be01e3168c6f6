package audiobook.text;

/**
 * What the book says about itself: its title and author (from a title block, a Markdown title or
 * front matter, an EPUB's package metadata), its language, and its cover image. Any of them may be
 * unknown ({@code null}); the planner then falls back on the options and the file name.
 *
 * @param cover the cover image as found in the book, or null
 */
public record BookInfo(String title, String author, String language, Cover cover) {

    public static final BookInfo UNKNOWN = new BookInfo(null, null, null, null);

    /** An image file's bytes and its media type ({@code image/jpeg}, {@code image/png}). */
    public record Cover(String mediaType, byte[] bytes) {
    }

    public BookInfo withTitle(String newTitle) {
        return new BookInfo(newTitle, author, language, cover);
    }

    public BookInfo withAuthor(String newAuthor) {
        return new BookInfo(title, newAuthor, language, cover);
    }
}
