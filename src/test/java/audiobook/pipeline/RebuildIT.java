package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds with the real jar, each in a JVM of its own: a fingerprint that printed something in
 * a per-JVM order (a Set.of) would make every rebuild render again, which one JVM cannot show.
 */
class RebuildIT {

    @TempDir
    Path dir;

    private String build(Path story) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar",
                System.getProperty("audiobook.jar", "target/audiobook.jar"), "build", story.toString(),
                "-o", dir.resolve("book").toString(), "--soundscape", "wind", "--progress", "never"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("out.txt")));
        return Files.readString(dir.resolve("out.txt"));
    }

    @Test
    void unchangedChaptersStayUnchangedFromOneProcessToTheNextAndAnEditRendersOne() throws Exception {
        Path story = dir.resolve("story.md");
        Files.writeString(story, "# One\n\nThe lamp burned.\n\n# Two\n\nThe sea was calm.\n");
        assertTrue(build(story).contains("narration: 6 segments synthesised, 0 reused"));
        for (int run = 0; run < 3; run++) {
            String out = build(story);
            assertTrue(out.contains("0 segments synthesised, 6 reused") && out.contains("0 chapters rendered, 2 unchanged"),
                    "run " + run + ":\n" + out);
        }
        Files.writeString(story, "# One\n\nThe lamp glowed.\n\n# Two\n\nThe sea was calm.\n");
        String out = build(story);
        assertTrue(out.contains("1 segment synthesised, 5 reused") && out.contains("1 chapter rendered, 1 unchanged"), out);
    }
}
