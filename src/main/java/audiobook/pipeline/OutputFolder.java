package audiobook.pipeline;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book's folder: created when missing; a folder holding files that are not a build's is not
 * written into without --force; one that cannot be written is an environment error found before
 * any work is done. Temporary files an interrupted build left behind are removed.
 */
final class OutputFolder {

    /** What a build writes, finished or not: a folder of only these is a (perhaps interrupted) build. */
    private static final Pattern OURS = Pattern.compile(
            "\\..*\\.part|\\.bed-.*\\.f32|\\.clips-.*\\.pcm|\\.cache|\\d+ .*\\.(wav|mp3)|manifest\\.json|index\\.html|report\\.(txt|json)|.*\\.m3u8"
                    + "|.*\\.m4b|.*\\.epub|cover\\.(jpg|png)"
                    + "|narration|captions|stems");
    private static final Pattern LEFTOVER = Pattern.compile("\\..*\\.part|\\.bed-.*\\.f32|\\.clips-.*\\.pcm");

    private OutputFolder() {
    }

    static void prepare(Path folder, boolean force) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw AudiobookException.input(folder + ": is a file, not a folder; choose another -o");
        }
        try {
            if (Files.isDirectory(folder) && !force && !Files.exists(folder.resolve("manifest.json")) && !onlyOurs(folder)) {
                throw AudiobookException.input(folder + ": holds other files than an audiobook; "
                        + "choose another -o or add --force");
            }
            Files.createDirectories(folder);
            removeLeftovers(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw AudiobookException.environment(folder + ": cannot write here (" + e.getMessage()
                    + "); choose another -o", e);
        }
    }

    private static boolean onlyOurs(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(p -> OURS.matcher(p.getFileName().toString()).matches());
        }
    }

    private static void removeLeftovers(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder, 2)) {
            for (Path p : entries.filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
