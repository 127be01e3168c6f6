package audiobook.pipeline;

import audiobook.export.BookManifest;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.export.ManifestWriter;
import audiobook.export.PlaylistEntry;
import audiobook.export.PlaylistWriter;
import audiobook.export.ReadAlongPage;
import audiobook.export.ReportWriter;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The book's own files beside the chapters, one path for full and partial builds alike: the
 * manifest (a partial build's keeps the entries of the chapters it did not build), the
 * playlists made from it, the report, the EPUB and the read-along page.
 */
final class BookFiles {

    private final Path folder;
    private final BookPlan plan;

    BookFiles(Path folder, BookPlan plan) {
        this.folder = folder;
        this.plan = plan;
    }

    /**
     * The manifest of the chapters just built, plus, when the build was of some chapters only,
     * the previous manifest's entries for the plan's other chapters whose files are still there.
     */
    BookManifest manifest(String soundscape, List<ExportedChapter> built, ChapterSelection selection,
                          Consumer<String> warnings) {
        BookManifest manifest = ManifestWriter.manifest(folder, plan, soundscape, built);
        if (selection.isAll()) {
            return manifest;
        }
        List<BookManifest.ChapterEntry> previous = previousChapters();
        List<BookManifest.ChapterEntry> chapters = new ArrayList<>(manifest.chapters());
        for (ChapterPlan chapter : plan.chapters()) {
            if (selection.contains(chapter.number())) {
                continue;
            }
            previous.stream().filter(e -> e.number() == chapter.number() && Files.isRegularFile(folder.resolve(e.file())))
                    .findFirst().ifPresentOrElse(chapters::add, () -> warnings.accept("chapter " + chapter.number()
                            + " has not been built yet, so manifest.json lists only the chapters that exist"));
        }
        chapters.sort(Comparator.comparingInt(BookManifest.ChapterEntry::number));
        long total = chapters.stream().mapToLong(BookManifest.ChapterEntry::durationMs).sum();
        return new BookManifest(manifest.schema(), manifest.title(), manifest.author(), manifest.soundscape(),
                manifest.seed(), manifest.frontMatter(), total, chapters);
    }

    /**
     * Writes {@code manifest.json}, the playlists of every chapter it lists ({@code <slug>.m3u8},
     * and {@code <slug>-mp3.m3u8} with MP3s), {@code report.txt}/{@code .json} of the files this
     * build measured, the EPUB when asked for, and {@code index.html}.
     */
    void write(BookManifest manifest, List<ExportedChapter> built, List<ExportedFile> encoded, FormatSettings formats,
               Consumer<String> warnings) throws IOException {
        ManifestWriter.write(folder.resolve("manifest.json"), manifest);
        writePlaylist(plan.slug() + ".m3u8", manifest, BookManifest.ChapterEntry::file);
        if (formats.has(OutputFormat.MP3)) {
            writePlaylist(plan.slug() + "-mp3.m3u8", manifest, BookManifest.ChapterEntry::mp3);
        }
        ReportWriter.write(folder, built, encoded);
        if (formats.has(OutputFormat.EPUB)) {
            EpubStage.write(folder, plan.slug(), manifest, warnings);
        }
        ReadAlongPage.write(folder, manifest);
    }

    /** A playlist of the file {@code pick} names for each chapter, in order; chapters without one are left out. */
    private void writePlaylist(String name, BookManifest manifest, Function<BookManifest.ChapterEntry, String> pick)
            throws IOException {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            if (pick.apply(c) != null) {
                entries.add(new PlaylistEntry(pick.apply(c), c.title(), c.durationMs() / 1000.0));
            }
        }
        PlaylistWriter.write(folder.resolve(name), plan.title(), plan.author(), entries);
    }

    private List<BookManifest.ChapterEntry> previousChapters() {
        Path manifest = folder.resolve("manifest.json");
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
