package audiobook.pipeline;

import audiobook.plan.BookPlan;
import audiobook.plan.Casting;
import audiobook.plan.PlanSettings;
import audiobook.plan.SegmentPlanner;
import audiobook.text.Manuscript;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way from a story to its plan and folder, for every command: {@code build} renders what
 * it gives, {@code plan} prints it, and {@code play} finds a built book's folder through it
 * without reading the story at all. The story is a file, or standard input for {@code -}.
 */
public final class BookPlanner {

    /** Where books go without {@code -o}. */
    public static final Path BOOKS = Path.of("out");

    private BookPlanner() {
    }

    /** The story of {@code settings} read and planned, and the folder its book goes to. */
    public static PlannedBook plan(BuildSettings settings) {
        return plan(settings.story(), settings.output(), settings.plan(), settings.cast().casting());
    }

    /**
     * @param output  the book's folder, or null for the default one under {@link #BOOKS}
     * @param casting who may speak the quotations, from the cast
     */
    public static PlannedBook plan(Path story, Path output, PlanSettings settings, Casting casting) {
        Manuscript manuscript = StoryReader.read(story, new StoryParser(settings.chapterWords()));
        BookPlan plan = new SegmentPlanner(settings, casting).plan(manuscript,
                StoryReader.isNamed(story) ? story.getFileName().toString() : null);
        Path folder = output != null ? output : OutputFolder.defaultFor(BOOKS, plan.slug(), story);
        return new PlannedBook(manuscript, plan, folder);
    }

    /**
     * The folder under {@code books} that holds a built book of {@code story}, as the build
     * recorded it there ({@code .story}): nothing is read or planned. When several do (a book
     * built with {@code -o} and without), the one built last.
     */
    public static Optional<Path> builtFolder(Path books, Path story) {
        return OutputFolder.builtFrom(books, story);
    }
}
