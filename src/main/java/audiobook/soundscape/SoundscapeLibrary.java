package audiobook.soundscape;

import audiobook.AudiobookException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The soundscapes the tool ships (the project's {@code soundscapes/} folder, bundled in the jar)
 * and the user's own definition files. Every definition is validated; an error names the file
 * and the field.
 */
public final class SoundscapeLibrary {

    /** A definition is a few lines of JSON; anything this large is not one. */
    static final long MAX_DEFINITION_BYTES = 1L << 20;

    private SoundscapeLibrary() {
    }

    /**
     * A shipped soundscape by name, or a definition file by path: a path ending in {@code .json},
     * or any existing file that is not a shipped name.
     */
    public static SoundscapeDefinition find(String nameOrFile) {
        if (!nameOrFile.endsWith(".json") && nameOrFile.matches("[a-z0-9-]+")) {
            SoundscapeDefinition shipped = shipped(nameOrFile);
            if (shipped != null) {
                return shipped;
            }
        }
        Path file;
        try {
            file = Path.of(nameOrFile);
        } catch (java.nio.file.InvalidPathException e) {
            throw AudiobookException.input("unknown soundscape '" + nameOrFile + "'; shipped soundscapes: "
                    + String.join(", ", names()));
        }
        if (!Files.exists(file)) {
            throw AudiobookException.input(nameOrFile.endsWith(".json") ? file + ": no such soundscape file"
                    : "unknown soundscape '" + nameOrFile + "'; shipped soundscapes: " + String.join(", ", names())
                    + " (or give the path of a .json definition)");
        }
        String problem = audiobook.io.Disk.unreadable(file, MAX_DEFINITION_BYTES);
        if (problem != null) {
            throw AudiobookException.input(file + ": " + problem + "; a soundscape is a .json definition file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            Path folder = file.toAbsolutePath().getParent();
            return DefinitionParser.parse(in, file.toString(), folder);
        } catch (IOException e) {
            throw AudiobookException.input(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Every shipped soundscape, by name. */
    public static List<SoundscapeDefinition> all() {
        return names().stream().map(SoundscapeLibrary::find).toList();
    }

    private static SoundscapeDefinition shipped(String name) {
        String resource = "/soundscapes/" + name + ".json";
        try (InputStream in = SoundscapeLibrary.class.getResourceAsStream(resource)) {
            return in == null ? null : DefinitionParser.parse(in, "soundscapes/" + name + ".json", null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + resource, e);
        }
    }

    /** The names of the shipped soundscapes, sorted. */
    public static List<String> names() {
        URL folder = SoundscapeLibrary.class.getResource("/soundscapes");
        if (folder == null) {
            return List.of();
        }
        try {
            if (folder.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Map.of())) {
                    return namesIn(jar.getPath("/soundscapes"));
                }
            }
            return namesIn(Path.of(folder.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the bundled soundscapes", e);
        }
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
    }
}
