package audiobook.soundscape;

import audiobook.AudiobookException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The soundscapes the tool ships (the project's {@code soundscapes/} folder, bundled in the jar)
 * and the user's own definition files. Every definition is validated; an error names the file
 * and the field.
 */
public final class SoundscapeLibrary {

    static final Set<String> LAYER_TYPES = Set.of("wind", "rain", "thunder");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SoundscapeLibrary() {
    }

    /** A shipped soundscape by name, or a definition file by path. */
    public static SoundscapeDefinition find(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".json") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw AudiobookException.input(file + ": no such soundscape file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, file.toString());
            } catch (IOException e) {
                throw AudiobookException.input(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }
        String resource = "/soundscapes/" + nameOrFile + ".json";
        try (InputStream in = SoundscapeLibrary.class.getResourceAsStream(resource)) {
            if (in == null || !nameOrFile.matches("[a-z0-9-]+")) {
                throw AudiobookException.input("unknown soundscape '" + nameOrFile + "'; known soundscapes: "
                        + String.join(", ", names()));
            }
            return parse(in, "soundscapes/" + nameOrFile + ".json");
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

    static SoundscapeDefinition parse(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw AudiobookException.input(source + ": is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw AudiobookException.input(source + ": must hold a JSON object");
        }
        String name = text(root, "name", source);
        String description = text(root, "description", source);
        JsonNode layers = root.get("layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw AudiobookException.input(source + ": field 'layers' must be a non-empty array");
        }
        List<LayerDefinition> defs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            defs.add(layer(layers.get(i), source + ": layers[" + i + "]"));
        }
        return new SoundscapeDefinition(name, description, defs);
    }

    private static LayerDefinition layer(JsonNode node, String where) {
        String type = text(node, "type", where);
        if (!LAYER_TYPES.contains(type)) {
            throw AudiobookException.input(where + ": field 'type' is '" + type + "'; expected one of "
                    + String.join(", ", LAYER_TYPES.stream().sorted().toList()));
        }
        double level = number(node, "level_db", where, -80, 0);
        double floor = node.has("floor") ? number(node, "floor", where, 0, 1) : 0;
        JsonNode follows = node.get("follows");
        List<String> channels = new ArrayList<>();
        if (follows != null) {
            if (!follows.isArray()) {
                throw AudiobookException.input(where + ": field 'follows' must be an array of scene channels");
            }
            follows.forEach(f -> channels.add(f.asText()));
        }
        return new LayerDefinition(type, level, channels, floor);
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw AudiobookException.input(where + ": field '" + field + "' must be a non-empty string");
        }
        return value.asText();
    }

    private static double number(JsonNode node, String field, String where, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber() || value.asDouble() < min || value.asDouble() > max) {
            throw AudiobookException.input(where + ": field '" + field + "' must be a number from "
                    + min + " to " + max);
        }
        return value.asDouble();
    }
}
