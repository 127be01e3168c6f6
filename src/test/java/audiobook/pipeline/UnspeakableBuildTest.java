package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.ExportedChapter;
import audiobook.mix.DeliveryProfile;
import audiobook.plan.PlanSettings;
import audiobook.speech.Cast;
import audiobook.speech.FreeTtsEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real build (FreeTTS, both masters) of a story full of sentences with nothing to say aloud:
 * spaced ellipses, lone marks and symbols, and a chapter of marks alone. Every segment gets a
 * caption of some length, in order.
 */
class UnspeakableBuildTest {

    private static final String STORY = """
            # The Ship

            He said nothing. . . . Then the wind came. \u201CSay? ... I don't know.\u201D It was over . . . and done.

            . . . .

            \u2014 ! ? \u00A7 The men held on. \u2014\u2014.

            # Marks

            . . . \u2014 !
            """;

    @TempDir
    Path dir;

    @Test
    void everySegmentHasACaptionOfSomeLength() throws IOException {
        Path story = dir.resolve("story.md");
        Files.writeString(story, STORY);
        BuildSettings settings = new BuildSettings(story, dir.resolve("book"), PlanSettings.defaults(), Cast.DEFAULT,
                "none", 0, 2, Set.of(DeliveryProfile.IMMERSIVE, DeliveryProfile.DRY), false, dir.resolve("cache"), true);
        BuildResult built = new BookBuilder(new FreeTtsEngine()).build(settings, BuildListener.SILENT);
        assertEquals(2, built.chapters().size());
        for (ExportedChapter chapter : built.chapters()) {
            for (int i = 0; i < chapter.startMs().length; i++) {
                assertTrue(chapter.endMs()[i] > chapter.startMs()[i], "segment " + i + " of " + chapter.plan().title());
                assertTrue(i == 0 || chapter.startMs()[i] >= chapter.endMs()[i - 1]);
            }
        }
        assertTrue(Files.exists(dir.resolve("book").resolve("manifest.json")));
    }
}
