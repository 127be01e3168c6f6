package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.PlaylistEntry;
import audiobook.export.PlaylistWriter;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Which chapters a build renders: all of them, or a range for a quick preview. The chapters
 * outside a range keep their files and their entries in {@code manifest.json}.
 *
 * @param first first chapter number, from 1
 * @param last  last chapter number, inclusive
 */
public record ChapterSelection(int first, int last) {

    public static final ChapterSelection ALL = new ChapterSelection(1, Integer.MAX_VALUE);

    public ChapterSelection {
        if (first < 1 || last < first) {
            throw AudiobookException.input("chapters " + first + "-" + last + " are not a range of chapter numbers from 1");
        }
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean contains(int chapter) {
        return chapter >= first && chapter <= last;
    }

    /** The plan's chapters in this selection; an input error naming the valid range when some do not exist. */
    public List<ChapterPlan> pick(BookPlan plan) {
        int count = plan.chapters().size();
        if (!isAll() && last > count) {
            String asked = first == last ? "chapter " + first + " does not exist" : "chapters " + first + "-" + last + " do not all exist";
            throw AudiobookException.input(asked + ": \"" + plan.title() + "\" has chapters 1-" + count);
        }
        return plan.chapters().stream().filter(c -> contains(c.number())).toList();
    }

    /**
     * The manifest of a partial build: the chapters just built, plus the entries of the
     * previous manifest for the plan's other chapters whose files are still there.
     */
    public BookManifest merge(BookManifest built, BookPlan plan, Path folder, Consumer<String> warnings) {
        if (isAll()) {
            return built;
        }
        List<BookManifest.ChapterEntry> previous = previousChapters(folder.resolve("manifest.json"));
        List<BookManifest.ChapterEntry> chapters = new ArrayList<>(built.chapters());
        for (ChapterPlan chapter : plan.chapters()) {
            if (contains(chapter.number())) {
                continue;
            }
            previous.stream().filter(e -> e.number() == chapter.number() && Files.isRegularFile(folder.resolve(e.file())))
                    .findFirst().ifPresentOrElse(chapters::add, () -> warnings.accept("chapter " + chapter.number()
                            + " has not been built yet, so manifest.json lists only the chapters that exist"));
        }
        chapters.sort(Comparator.comparingInt(BookManifest.ChapterEntry::number));
        long total = chapters.stream().mapToLong(BookManifest.ChapterEntry::durationMs).sum();
        return new BookManifest(built.schema(), built.title(), built.author(), built.soundscape(), built.seed(),
                built.frontMatter(), total, chapters);
    }

    /** The book's playlist after a partial build: every chapter the merged manifest lists, in order. */
    public void writePlaylist(Path folder, BookPlan plan, BookManifest merged) throws IOException {
        List<PlaylistEntry> entries = merged.chapters().stream()
                .map(c -> new PlaylistEntry(c.file(), c.title(), c.durationMs() / 1000.0)).toList();
        PlaylistWriter.write(folder.resolve(plan.slug() + ".m3u8"), plan.title(), plan.author(), entries);
    }

    private static List<BookManifest.ChapterEntry> previousChapters(Path manifest) {
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        try {
            List<BookManifest.ChapterEntry> chapters = ManifestWriter.read(manifest).chapters();
            return chapters == null ? List.of() : chapters.stream()
                    .filter(c -> c != null && c.file() != null && c.segments() != null).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();   // an unreadable old manifest is replaced; its chapters count as not built
        }
    }
}
