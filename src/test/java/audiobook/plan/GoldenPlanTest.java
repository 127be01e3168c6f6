package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden plans: every {@code NAME.story.txt} in {@code src/test/resources/golden} planned with the
 * default settings must give {@code NAME.plan.json}, compared as JSON trees (key order and white
 * space do not matter). The scene intensities are left out: they belong to scene scoring, which
 * has its own tests, and this stage is text planning.
 *
 * <p>To regenerate the golden files after a deliberate change, run
 * {@code mvn -o test -Dtest=GoldenPlanTest -Dgolden.update=true} and review the diff.
 */
class GoldenPlanTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> stories() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".story.txt"))
                    .map(n -> n.substring(0, n.length() - ".story.txt".length())).sorted().toList().stream();
        }
    }

    @Test
    void thereAreGoldenStoriesForEveryLayout() throws IOException {
        List<String> names = stories().toList();
        for (String layout : List.of("dog-story", "sea-storm", "scene-breaks", "no-structure")) {
            assertFalse(!names.contains(layout), "no golden story " + layout);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void planMatchesItsGoldenFile(String name) throws IOException {
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults().withCredits(null))
                .plan(StoryReader.read(FOLDER.resolve(name + ".story.txt"), new StoryParser(0)), name + ".txt");
        JsonNode actual = withoutScenes(JSON.readTree(PlanJson.write(plan, ReadingTime.DEFAULT_WPM)));
        Path golden = FOLDER.resolve(name + ".plan.json");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
                    StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail(golden + " is missing; run with -Dgolden.update=true to write it, then review it");
        }
        JsonNode expected = JSON.readTree(golden.toFile());
        String difference = firstDifference("", expected, actual);
        if (difference != null) {
            fail(name + ": the plan differs from " + golden + " at " + difference
                    + " (if the change is intended, rerun with -Dgolden.update=true and review the diff)");
        }
    }

    private static JsonNode withoutScenes(JsonNode plan) {
        plan.get("chapters").forEach(c -> c.get("segments").forEach(s -> ((ObjectNode) s).remove("scene")));
        return plan;
    }

    /** The JSON pointer of the first difference with both values, or null when the trees are equal. */
    static String firstDifference(String at, JsonNode expected, JsonNode actual) {
        if (expected.equals(actual)) {
            return null;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = actual.get(e.getKey());
                if (other == null) {
                    return at + "/" + e.getKey() + ": missing";
                }
                String d = firstDifference(at + "/" + e.getKey(), e.getValue(), other);
                if (d != null) {
                    return d;
                }
            }
            return at + ": unexpected fields in " + actual;
        }
        if (expected.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                String d = firstDifference(at + "/" + i, expected.get(i), actual.get(i));
                if (d != null) {
                    return d;
                }
            }
            return at + ": " + expected.size() + " elements expected, " + actual.size() + " found";
        }
        return at + ": expected " + expected + ", found " + actual;
    }
}
