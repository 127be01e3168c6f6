package audiobook.pipeline;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.plan.BookPlan;
import audiobook.plan.SegmentPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The files of earlier builds that the book no longer has: a chapter whose title changed left
 * {@code 02 Chapter 1 The Storm.wav} beside the new {@code 02 The Storm Rises.wav}, a book that
 * lost a chapter left its {@code 03 ...}, a retitled book its old playlist. Players would play
 * them. A build removes them (and the MP3s encoded from them), and only them: files its earlier builds wrote, as their manifest
 * ({@code manifest.json}) and chapter records ({@code .cache/chapters/}) name them, that this
 * build did not write again. A file the tool did not write is never touched, even when its name
 * looks like a chapter's.
 *
 * <p>Removal runs after every chapter is written and before the new manifest replaces the old,
 * so a build stopped in between still finds them named in the old manifest next time.
 */
final class StaleFiles {

    /** The names a build gives its files; nothing else is removed, whatever a manifest says. */
    private static final Pattern CHAPTER_FILE = Pattern.compile(
            "(narration/|captions/|stems/)?\\d{2,} [^/]*\\.(wav|vtt|mp3|m4a|m4b|ogg|opus|flac|json|html)");

    private StaleFiles() {
    }

    /**
     * @param written  every file this build wrote or kept for its chapters, relative or absolute
     * @param rebuilt  whether chapter number N was part of this build (all of them, or a range)
     * @param removed  told the name of each file removed
     */
    static void remove(Path folder, BookPlan plan, Set<Path> written, java.util.function.IntPredicate rebuilt,
                       Consumer<String> removed) throws IOException {
        Set<String> keep = new HashSet<>();
        for (Path p : written) {
            keep.add(relative(folder, p));
        }
        int chapters = plan.chapters().size();
        Set<String> stale = new TreeSet<>();
        BookManifest previous = previousManifest(folder);
        if (previous != null) {
            for (BookManifest.ChapterEntry entry : previous.chapters() == null ? List.<BookManifest.ChapterEntry>of()
                    : previous.chapters()) {
                if (entry != null && (rebuilt.test(entry.number()) || entry.number() > chapters)) {
                    for (String name : new String[] {entry.file(), entry.dryFile(), entry.captions()}) {
                        if (name != null) {
                            stale.add(name);
                        }
                    }
                    // An MP3 goes with its WAV: removed when the WAV's name is gone, kept while the
                    // WAV is (its encoding is the format stage's business, with or without --format).
                    if (entry.mp3() != null && entry.file() != null && !keep.contains(entry.file())) {
                        stale.add(entry.mp3());
                    }
                    if (entry.dryMp3() != null && entry.dryFile() != null && !keep.contains(entry.dryFile())) {
                        stale.add(entry.dryMp3());
                    }
                }
            }
            if (previous.title() != null && !SegmentPlanner.slug(previous.title()).equals(plan.slug())) {
                // A retitled book: the files named after the old title.
                String old = SegmentPlanner.slug(previous.title());
                for (String name : new String[] {old + ".m3u8", old + "-mp3.m3u8", old + ".m4b", old + ".epub"}) {
                    if (!keep.contains(name)) {
                        removeIfOurs(folder, name, true, removed);
                    }
                }
            }
        }
        List<Integer> forgotten = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> record : RenderedChapters.recordedOutputs(folder).entrySet()) {
            if (rebuilt.test(record.getKey()) || record.getKey() > chapters) {
                stale.addAll(record.getValue());
            }
            if (record.getKey() > chapters) {
                forgotten.add(record.getKey());
            }
        }
        stale.removeAll(keep);
        for (String name : stale) {
            removeIfOurs(folder, name, false, removed);
        }
        for (int chapter : forgotten) {
            RenderedChapters.forget(folder, chapter);
        }
    }

    private static void removeIfOurs(Path folder, String name, boolean playlist, Consumer<String> removed)
            throws IOException {
        String clean = name.replace('\\', '/');
        if (clean.startsWith("/") || clean.contains("..")
                || !(playlist ? clean.matches("[^/]+\\.(m3u8|m4b|epub)") : CHAPTER_FILE.matcher(clean).matches())) {
            return;   // not a name this tool gives: not ours to remove
        }
        Path file = folder.resolve(clean).normalize();
        if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.delete(file);
        removed.accept(clean);
    }

    private static String relative(Path folder, Path file) {
        Path f = file.isAbsolute() == folder.isAbsolute() ? file : file.toAbsolutePath();
        Path base = file.isAbsolute() == folder.isAbsolute() ? folder : folder.toAbsolutePath();
        return base.normalize().relativize(f.normalize()).toString().replace('\\', '/');
    }

    private static BookManifest previousManifest(Path folder) {
        Path manifest = folder.resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return ManifestWriter.read(manifest);
        } catch (IOException | RuntimeException e) {
            return null;   // an unreadable manifest names nothing
        }
    }
}
