package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.CoverGenerator;
import audiobook.export.CoverImage;
import audiobook.plan.BookPlan;
import audiobook.text.BookInfo;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Which cover the encoded formats carry: {@code --cover IMAGE} when given, else the book's own
 * (an EPUB's), else one drawn from the title and author ({@link CoverGenerator}).
 */
final class Covers {

    /** What audiobook stores ask for at least. */
    static final int RECOMMENDED_PIXELS = 1400;
    /** The planner's name for a book without an author; a generated cover leaves it off. */
    private static final String NO_AUTHOR = "Unknown author";

    private Covers() {
    }

    /** {@code --cover}, read and checked before any work: an input error naming the file when it is no JPEG or PNG. */
    static CoverImage userCover(FormatSettings formats) {
        if (formats.cover() == null) {
            return null;
        }
        try {
            return CoverImage.read(formats.cover());
        } catch (IOException e) {
            throw AudiobookException.input("--cover " + e.getMessage());
        }
    }

    /** The cover to embed, or null when no format written embeds one. */
    static CoverImage choose(FormatSettings formats, CoverImage userCover, BookInfo.Cover bookCover, BookPlan plan,
                             Consumer<String> warnings) {
        if (!formats.needsCover()) {
            return null;
        }
        CoverImage cover = userCover;
        String source = "--cover " + formats.cover();
        if (cover == null && bookCover != null && bookCover.bytes() != null) {
            source = "the book's cover";
            try {
                cover = CoverImage.of(bookCover.bytes(), source + " (" + bookCover.mediaType() + ")");
            } catch (IOException e) {
                warnings.accept(e.getMessage() + "; a cover is drawn from the title instead");
            }
        }
        if (cover == null) {
            return CoverGenerator.generate(plan.title(), NO_AUTHOR.equals(plan.author()) ? null : plan.author());
        }
        if (Math.min(cover.width(), cover.height()) < RECOMMENDED_PIXELS || cover.width() != cover.height()) {
            warnings.accept(source + " is " + cover.width() + "×" + cover.height()
                    + " pixels; audiobook stores ask for a square of at least " + RECOMMENDED_PIXELS + "×"
                    + RECOMMENDED_PIXELS + " (it is embedded as it is)");
        }
        return cover;
    }
}
