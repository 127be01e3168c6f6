package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.export.AtomicFiles;
import audiobook.io.Disk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book's folder: created when missing and locked for the build ({@link BookLock}); a folder
 * holding files that are not a build's is not written into without --force; one that cannot be
 * written is an environment error found before any work is done. Temporary files an
 * interrupted build left behind are removed, once the lock says no other build is writing.
 *
 * <p>Without {@code -o} a book goes to {@code out/<slug>/}, unless that folder holds the book
 * of another story file (two {@code story.txt} in different folders): then to
 * {@code out/<slug>-<hash>/}, the hash being the first six hex digits of the SHA-256 of the
 * story's absolute path. Which story a folder holds is kept in its {@code .story} file.
 */
final class OutputFolder {

    /** The story file a folder's book was built from, one line: its absolute path, or "-" for standard input. */
    static final String SOURCE = ".story";

    /**
     * What a build writes, finished or not, its passing probe of the folder included (another
     * build may be looking at the folder at that moment): a folder of only these is a (perhaps
     * interrupted, perhaps running) build.
     */
    private static final Pattern OURS = Pattern.compile(
            "\\..*\\.part|\\.bed-.*\\.f32|\\.clips-.*\\.pcm|\\.write-check.*\\.tmp|\\.cache|\\.lock|\\.story|\\d+ .*\\.(wav|mp3)|manifest\\.json"
                    + "|index\\.html|report\\.(txt|json)|.*\\.m3u8|.*\\.m4b|.*\\.epub|cover\\.(jpg|png)"
                    + "|narration|captions|stems");
    private static final Pattern LEFTOVER = Pattern.compile("\\..*\\.part|\\.bed-.*\\.f32|\\.clips-.*\\.pcm");

    private OutputFolder() {
    }

    /**
     * Makes and locks the folder, then removes an interrupted build's leftovers.
     *
     * @return the lock, to be closed when the build ends
     */
    static BookLock prepare(Path folder, boolean force, Consumer<String> warnings) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw AudiobookException.input(folder + ": is a file, not a folder; choose another -o");
        }
        BookLock lock = null;
        try {
            if (Files.isDirectory(folder) && !force && !Files.exists(folder.resolve("manifest.json")) && !onlyOurs(folder)) {
                throw AudiobookException.input(folder + ": holds other files than an audiobook; "
                        + "choose another -o or add --force");
            }
            Files.createDirectories(folder);
            lock = BookLock.take(folder, warnings);
            removeLeftovers(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            return lock;
        } catch (IOException e) {
            if (lock != null) {
                lock.close();
            }
            throw AudiobookException.environment(folder + ": cannot write here (" + Disk.reason(e)
                    + "); choose another -o", e);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    /** Where a book goes without {@code -o}: see the class comment. */
    static Path defaultFor(Path books, String slug, Path story) {
        String me = identity(story);
        Path plain = books.resolve(slug);
        Path hashed = books.resolve(slug + "-" + shortHash(me));
        if (Files.isDirectory(hashed) && me.equals(owner(hashed))) {
            return hashed;
        }
        String owner = Files.isDirectory(plain) ? owner(plain) : null;
        return owner == null || owner.equals(me) ? plain : hashed;
    }

    /** Notes which story the folder's book is built from (see {@link #defaultFor}). */
    static void recordSource(Path folder, Path story) throws IOException {
        String me = identity(story);
        if (!me.equals(owner(folder))) {
            AtomicFiles.writeString(folder.resolve(SOURCE), me + "\n");
        }
    }

    /** The book folders under {@code books} built from {@code story}, the one built last (by its manifest's time). */
    static java.util.Optional<Path> builtFrom(Path books, Path story) {
        if (!Files.isDirectory(books)) {
            return java.util.Optional.empty();
        }
        String me = identity(story);
        try (Stream<Path> folders = Files.list(books)) {
            return folders.filter(f -> me.equals(owner(f)) && Files.isRegularFile(f.resolve("manifest.json")))
                    .max(java.util.Comparator.comparing(OutputFolder::manifestTime).thenComparing(Path::toString));
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();   // an unlistable folder holds no book to find
        }
    }

    private static long manifestTime(Path folder) {
        try {
            return Files.getLastModifiedTime(folder.resolve("manifest.json")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The story a folder's book was built from, or null when it does not say (no book, or an older build's). */
    private static String owner(Path folder) {
        try {
            String text = Files.readString(folder.resolve(SOURCE), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A story's identity: its absolute, normalised path (the real one when it exists); "-" for standard input. */
    static String identity(Path story) {
        if (story.toString().equals("-")) {
            return "-";
        }
        try {
            return story.toRealPath().toString();
        } catch (IOException e) {
            return story.toAbsolutePath().normalize().toString();
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha).substring(0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static boolean onlyOurs(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(p -> OURS.matcher(p.getFileName().toString()).matches());
        }
    }

    /** Called with the lock held: every temporary file in the folder is an interrupted build's. */
    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder, 2)) {
            for (Path p : entries.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
