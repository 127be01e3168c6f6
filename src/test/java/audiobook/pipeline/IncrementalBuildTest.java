package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.mix.DeliveryProfile;
import audiobook.plan.PlanSettings;
import audiobook.speech.Cast;
import audiobook.speech.FreeTtsEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real builds of a three-chapter story (narration only, to stay quick), rebuilt after small changes. */
class IncrementalBuildTest {

    private static final String STORY = """
            # The Rock

            The lighthouse stood on a rock. Mara kept its lamp.

            # The Storm

            That night the wind rose. Rain lashed the tower. Mara held the rail.

            # The Boat

            By morning the sea was calm. A small boat rowed toward the rock.
            """;

    private static final Set<DeliveryProfile> BOTH = Set.of(DeliveryProfile.IMMERSIVE, DeliveryProfile.DRY);

    @TempDir
    Path dir;

    private BuildResult build(Path story, boolean useCache) {
        BuildSettings settings = new BuildSettings(story, dir.resolve("book"), PlanSettings.defaults(), Cast.DEFAULT,
                "none", 0, 2, BOTH, false, dir.resolve("cache"), useCache);
        return new BookBuilder(new FreeTtsEngine()).build(settings, BuildListener.SILENT);
    }

    @Test
    void aRebuildAfterOneEditedSentenceSynthesisesOneSegmentAndRendersOneChapter() throws IOException {
        Path story = dir.resolve("story.md");
        Files.writeString(story, STORY);
        BuildResult clean = build(story, true);
        int segments = clean.plan().segmentCount();
        assertEquals(3, clean.chapters().size());
        assertEquals(new SynthesisReport(segments, 0, 3, 0, 0, clean.synthesis().synthesisSeconds()), clean.synthesis());
        List<byte[]> before = wavBytes();
        List<FileTime> times = wavTimes();

        BuildResult warm = build(story, true);
        assertEquals(0, warm.synthesis().synthesised());
        assertEquals(segments, warm.synthesis().reused());
        assertEquals(3, warm.synthesis().chaptersUnchanged());
        assertEquals(times, wavTimes(), "unchanged chapters are not written again");
        assertEquals(clean.audioSeconds(), warm.audioSeconds(), 1e-9);
        assertArrayEquals(clean.chapters().get(1).startMs(), warm.chapters().get(1).startMs());

        Files.writeString(story, STORY.replace("Mara held the rail.", "Mara gripped the rail."));
        BuildResult edited = build(story, true);
        assertEquals(1, edited.synthesis().synthesised());
        assertEquals(segments - 1, edited.synthesis().reused());
        assertEquals(1, edited.synthesis().chaptersRendered());
        assertEquals(2, edited.synthesis().chaptersUnchanged());
        List<byte[]> after = wavBytes();
        assertArrayEquals(before.get(0), after.get(0));
        assertFalse(java.util.Arrays.equals(before.get(1), after.get(1)), "the edited chapter is rendered again");
        assertArrayEquals(before.get(2), after.get(2));
        assertEquals(times.get(0), wavTimes().get(0));
    }

    @Test
    void aChapterWhoseFileWasDeletedOrChangedIsRenderedAgain() throws IOException {
        Path story = dir.resolve("story.md");
        Files.writeString(story, STORY);
        build(story, true);
        List<Path> wavs = wavs();
        Files.delete(wavs.get(0));
        Files.write(wavs.get(2), new byte[] {1, 2, 3});
        BuildResult again = build(story, true);
        assertEquals(0, again.synthesis().synthesised());
        assertEquals(2, again.synthesis().chaptersRendered());
        assertEquals(1, again.synthesis().chaptersUnchanged());
        assertTrue(Files.size(wavs.get(2)) > 1000);
    }

    @Test
    void noCacheSynthesisesAndRendersEverythingAndKeepsNothing() throws IOException {
        Path story = dir.resolve("story.md");
        Files.writeString(story, STORY);
        build(story, true);
        BuildResult fresh = build(story, false);
        assertEquals(fresh.plan().segmentCount(), fresh.synthesis().synthesised());
        assertEquals(3, fresh.synthesis().chaptersRendered());

        Path other = dir.resolve("other.md");
        Files.writeString(other, STORY.replace("Mara kept its lamp.", "Mara kept its light."));
        BuildSettings settings = new BuildSettings(other, dir.resolve("nocache"), PlanSettings.defaults(),
                Cast.DEFAULT, "none", 0, 1, BOTH, false, null, false);
        new BookBuilder(new FreeTtsEngine()).build(settings, BuildListener.SILENT);
        assertFalse(Files.exists(dir.resolve("nocache/.cache")));
    }

    @Test
    void aBuildStoppedBeforeItsManifestLeavesAFolderTheNextBuildWritesInto() throws IOException {
        Path story = dir.resolve("story.md");
        Files.writeString(story, "# One\n\nShort.\n");
        Files.createDirectories(dir.resolve("book/.cache/segments"));
        BuildResult result = build(story, true);
        assertEquals(1, result.chapters().size());
    }

    private List<Path> wavs() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("book"))) {
            return files.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
    }

    private List<byte[]> wavBytes() throws IOException {
        List<byte[]> bytes = new java.util.ArrayList<>();
        for (Path wav : wavs()) {
            bytes.add(Files.readAllBytes(wav));
        }
        return bytes;
    }

    private List<FileTime> wavTimes() throws IOException {
        List<FileTime> times = new java.util.ArrayList<>();
        for (Path wav : wavs()) {
            times.add(Files.getLastModifiedTime(wav));
        }
        return times;
    }
}
