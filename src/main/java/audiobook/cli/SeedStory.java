package audiobook.cli;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds the story the project ships in {@code seeds/}, the default for commands given no STORY. */
final class SeedStory {

    private SeedStory() {
    }

    static Path find() {
        Path seeds = Path.of(System.getProperty("audiobook.home", ".")).resolve("seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.toString().matches(".*\\.(txt|md)$")).sorted().findFirst()
                    .orElseThrow(() -> AudiobookException.input(seeds + ": holds no .txt or .md story; name a STORY file"));
        } catch (IOException e) {
            throw AudiobookException.input(seeds + ": no seeds folder here; name a STORY file");
        }
    }
}
