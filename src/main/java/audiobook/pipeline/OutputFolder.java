package audiobook.pipeline;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The book's folder: created when missing; a folder holding files that are not a previous
 * build's (no manifest.json) is not written into without --force; one that cannot be written
 * is an environment error found before any work is done.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static void prepare(Path folder, boolean force) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw AudiobookException.input(folder + ": is a file, not a folder; choose another -o");
        }
        try {
            if (Files.isDirectory(folder) && !force && !Files.exists(folder.resolve("manifest.json")) && !isEmpty(folder)) {
                throw AudiobookException.input(folder + ": holds other files than an audiobook; "
                        + "choose another -o or add --force");
            }
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw AudiobookException.environment(folder + ": cannot write here (" + e.getMessage()
                    + "); choose another -o", e);
        }
    }

    /** Hidden entries are a build's own (.cache/, .NAME.part): a build stopped before its manifest leaves them. */
    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(p -> p.getFileName().toString().startsWith("."));
        }
    }
}
