package audiobook.cli;

import audiobook.AudiobookException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where synthesised segments and chapter records are kept between builds. */
final class CacheOptions {

    @Option(names = "--cache", paramLabel = "DIR", description = "The segment cache (default: .cache/ in the book's folder).")
    Path dir;

    @Option(names = "--no-cache", description = "Synthesise and render everything afresh; read and keep no cache.")
    boolean none;

    boolean useCache() {
        if (none && dir != null) {
            throw AudiobookException.input("--cache and --no-cache contradict each other; give one");
        }
        return !none;
    }

    Path dir() {
        return dir;
    }
}
