package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.pipeline.BookPlanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The book {@code audiobook play} plays when given none: the seed story's, else the only book in {@code out/}. */
final class DefaultBook {

    private DefaultBook() {
    }

    static Path find(Path books) {
        Path seedBook = seedBookFolder(books);
        if (seedBook != null) {
            return seedBook;
        }
        List<Path> built = builtBooks(books);
        if (built.size() == 1) {
            return built.get(0);
        }
        if (built.isEmpty()) {
            throw AudiobookException.input(books + ": no book built here yet; make one with 'audiobook build', or name a book folder");
        }
        throw AudiobookException.input(books + ": holds " + built.size() + " books ("
                + String.join(", ", built.stream().map(p -> p.getFileName().toString()).toList())
                + "); name one, e.g. 'audiobook play " + built.get(0) + "'");
    }

    /**
     * The folder a build of the seed story wrote, as its {@code .story} record names the story:
     * nothing is read or planned. Null when there is no seed here or no book of it.
     */
    private static Path seedBookFolder(Path books) {
        try {
            return BookPlanner.builtFolder(books, SeedStory.find()).orElse(null);
        } catch (AudiobookException noSeed) {
            return null;
        }
    }

    private static List<Path> builtBooks(Path books) {
        if (!Files.isDirectory(books)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(books)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("manifest.json"))).sorted().toList();
        } catch (IOException e) {
            throw AudiobookException.input(books + ": cannot list the folder (" + e.getMessage() + "); name a book folder");
        }
    }
}
