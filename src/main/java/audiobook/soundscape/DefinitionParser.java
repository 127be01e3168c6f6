package audiobook.soundscape;

import audiobook.AudiobookException;
import audiobook.plan.SceneCue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads and validates one soundscape definition (schema in README "Soundscapes"). Every error is
 * one line that names the file, the layer and the field, and says what is expected; unknown
 * fields are errors too, so a misspelt parameter is not silently ignored.
 */
final class DefinitionParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROOT_FIELDS = List.of("name", "description", "layers");
    private static final List<String> LAYER_FIELDS = List.of("type", "level_db", "follows", "floor");

    private DefinitionParser() {
    }

    /**
     * @param source what to call the definition in errors
     * @param folder where a loop's file is looked up, or null when the definition has no folder
     */
    static SoundscapeDefinition parse(InputStream in, String source, Path folder) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw AudiobookException.input(source + ": is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw AudiobookException.input(source + ": must hold a JSON object");
        }
        onlyKnownFields(root, ROOT_FIELDS, source, "a soundscape");
        String name = text(root, "name", source);
        String description = text(root, "description", source);
        JsonNode layers = root.get("layers");
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw AudiobookException.input(source + ": field 'layers' must be a non-empty array");
        }
        List<LayerDefinition> defs = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            defs.add(layer(layers.get(i), source + ": layers[" + i + "]", folder));
        }
        return new SoundscapeDefinition(name, description, defs);
    }

    private static LayerDefinition layer(JsonNode node, String where, Path folder) {
        if (!node.isObject()) {
            throw AudiobookException.input(where + ": must be an object with a 'type' and a 'level_db'");
        }
        String id = text(node, "type", where);
        LayerType type = LayerType.of(id);
        if (type == null) {
            throw AudiobookException.input(where + ": field 'type' is '" + id + "'; expected one of "
                    + String.join(", ", java.util.Arrays.stream(LayerType.values()).map(LayerType::id).toList()));
        }
        List<String> known = new ArrayList<>(LAYER_FIELDS);
        type.parameters().forEach(p -> known.add(p.name()));
        if (type == LayerType.LOOP) {
            known.add("file");
        }
        onlyKnownFields(node, known, where, "a " + id + " layer");
        double level = number(node, "level_db", where, -80, 0);
        double floor = node.has("floor") ? number(node, "floor", where, 0, 1) : 0;
        List<String> follows = follows(node, where);
        if (follows.isEmpty() && floor == 0) {
            throw AudiobookException.input(where + ": the layer would never sound; give it field 'follows' "
                    + "(scene channels) or a 'floor' above 0");
        }
        SortedMap<String, Double> parameters = new TreeMap<>();
        for (LayerParameter p : type.parameters()) {
            if (node.has(p.name())) {
                parameters.put(p.name(), number(node, p.name(), where, p.min(), p.max()));
            }
        }
        LayerDefinition defined = new LayerDefinition(type, level, follows, floor, parameters, null);
        if (type != LayerType.LOOP) {
            return defined;
        }
        LoopRecording recording = recording(text(node, "file", where), folder, where,
                defined.parameter("crossfade_seconds"));
        return new LayerDefinition(type, level, follows, floor, parameters, recording);
    }

    private static LoopRecording recording(String file, Path folder, String where, double crossfadeSeconds) {
        if (folder == null) {
            throw AudiobookException.input(where + ": field 'file': a shipped soundscape cannot name a recording; "
                    + "copy the definition beside your WAV file and pass its path to --soundscape");
        }
        Path wav = folder.resolve(file).normalize();
        String problem = audiobook.io.Disk.unreadable(wav, LoopRecording.MAX_FILE_BYTES);
        if ("does not exist".equals(problem)) {
            throw AudiobookException.input(where + ": field 'file': " + wav + " does not exist "
                    + "(a loop's file is looked up beside its definition)");
        }
        if (problem != null) {
            throw AudiobookException.input(where + ": field 'file': " + wav + " " + problem
                    + "; a loop's file must be a WAV recording");
        }
        try {
            return LoopRecording.read(wav, crossfadeSeconds);
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            throw AudiobookException.input(where + ": field 'file': cannot use " + wav.getFileName() + " as a loop ("
                    + why + ")");
        }
    }

    private static List<String> follows(JsonNode node, String where) {
        JsonNode follows = node.get("follows");
        List<String> channels = new ArrayList<>();
        if (follows == null) {
            return channels;
        }
        String expected = "; scene channels are " + String.join(", ", SceneCue.CHANNELS);
        if (!follows.isArray()) {
            throw AudiobookException.input(where + ": field 'follows' must be an array of scene channels" + expected);
        }
        for (JsonNode f : follows) {
            if (!f.isTextual() || !SceneCue.CHANNELS.contains(f.asText())) {
                throw AudiobookException.input(where + ": field 'follows' has " + f + expected);
            }
            channels.add(f.asText());
        }
        return channels;
    }

    private static void onlyKnownFields(JsonNode node, List<String> known, String where, String what) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw AudiobookException.input(where + ": unknown field '" + field + "'; " + what + " takes "
                        + String.join(", ", known));
            }
        });
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
            throw AudiobookException.input(String.format(Locale.ROOT, "%s: field '%s' must be a number from %s to %s",
                    where, field, plain(min), plain(max)));
        }
        return value.asDouble();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
