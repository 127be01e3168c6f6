package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import audiobook.export.BookManifest;
import audiobook.export.ExportedFile;
import audiobook.export.ManifestWriter;
import audiobook.mix.DeliveryProfile;
import audiobook.plan.PlanSettings;
import audiobook.speech.Cast;
import audiobook.speech.FreeTtsEngine;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds of a three-chapter story with MP3s and an M4B (narration only, to stay quick):
 * what is written, what is listed, and what a rebuild encodes again.
 */
class FormatsBuildTest {

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

    static Optional<Path> ffmpeg() {
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            Path p = Path.of(d.isEmpty() ? "." : d, "ffmpeg");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private BuildResult build(Path story, Path book, Set<OutputFormat> formats, Path ffmpeg, ChapterSelection selection,
                              boolean useCache) {
        BuildSettings settings = new BuildSettings(story, book, PlanSettings.defaults(), Cast.DEFAULT, "none", 0, 2,
                BOTH, false, dir.resolve("cache"), useCache, false, new FormatSettings(formats, null, ffmpeg, "2025"));
        return new BookBuilder(new FreeTtsEngine()).build(settings, selection, BuildListener.SILENT);
    }

    private List<Path> encoded(Path book) throws IOException {
        try (Stream<Path> files = Files.walk(book, 2)) {
            return files.filter(p -> p.toString().endsWith(".mp3") || p.toString().endsWith(".m4b"))
                    .filter(p -> !p.toString().contains(".cache")).sorted().toList();
        }
    }

    private List<FileTime> times(List<Path> files) throws IOException {
        List<FileTime> times = new ArrayList<>();
        for (Path f : files) {
            times.add(Files.getLastModifiedTime(f));
        }
        return times;
    }

    @Test
    void writesListsAndRebuildsOnlyWhatChanged() throws Exception {
        Path ffmpeg = ffmpeg().orElse(null);
        assumeTrue(ffmpeg != null, "ffmpeg not on PATH: M4B not built (apt-get install ffmpeg)");
        Path story = dir.resolve("story.md");
        Files.writeString(story, STORY);
        Path book = dir.resolve("book");
        BuildResult clean = build(story, book, EnumSet.allOf(OutputFormat.class), ffmpeg, ChapterSelection.ALL, true);

        List<Path> files = encoded(book);
        assertEquals(List.of(book.resolve("01 The Rock.mp3"), book.resolve("02 The Storm.mp3"),
                book.resolve("03 The Boat.mp3"), book.resolve("narration/01 The Rock.mp3"),
                book.resolve("narration/02 The Storm.mp3"), book.resolve("narration/03 The Boat.mp3"),
                book.resolve("story.m4b")), files);
        assertEquals(7, clean.encoded().size());
        for (ExportedFile f : clean.encoded()) {
            assertTrue(f.passes(), f.path() + ": " + f.failures());
            assertTrue(f.loudness() != null, "measured as decoded");
        }
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        assertEquals("story.m4b", manifest.m4b());
        assertEquals("cover.png", manifest.cover());
        assertTrue(Files.size(book.resolve("cover.png")) > 1000);
        assertEquals("02 The Storm.mp3", manifest.chapters().get(1).mp3());
        assertEquals("narration/02 The Storm.mp3", manifest.chapters().get(1).dryMp3());
        String playlist = Files.readString(book.resolve("story-mp3.m3u8"));
        assertTrue(playlist.contains("\n01 The Rock.mp3\n") && playlist.contains("\n03 The Boat.mp3\n"), playlist);
        String report = Files.readString(book.resolve("report.txt"));
        assertTrue(report.contains("narration/03 The Boat.mp3") && report.contains("story.m4b")
                && report.contains("All files meet their targets."), report);
        assertTrue(Files.readString(book.resolve("report.json")).contains("\"format\" : \"m4b\""));
        try (Stream<Path> all = Files.walk(book)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".part")).toList(),
                    "every file renamed into place");
        }

        List<FileTime> before = times(files);
        BuildResult warm = build(story, book, EnumSet.allOf(OutputFormat.class), ffmpeg, ChapterSelection.ALL, true);
        assertEquals(before, times(files), "nothing changed: nothing encoded again");
        assertEquals(clean.encoded().get(6).loudness(), warm.encoded().get(6).loudness(), "figures kept from the last build");

        Files.writeString(story, STORY.replace("Mara held the rail.", "Mara gripped the rail."));
        build(story, book, EnumSet.allOf(OutputFormat.class), ffmpeg, ChapterSelection.ALL, true);
        List<FileTime> after = times(files);
        for (int i = 0; i < files.size(); i++) {
            boolean shouldChange = files.get(i).toString().contains("02 The Storm") || files.get(i).toString().endsWith(".m4b");
            assertEquals(shouldChange, !before.get(i).equals(after.get(i)), files.get(i) + " encoded again: " + shouldChange);
        }

        // A partial build encodes its chapter's MP3s and, every chapter being there, the M4B again.
        Files.writeString(story, STORY.replace("Mara held the rail.", "Mara let go of the rail."));
        build(story, book, EnumSet.allOf(OutputFormat.class), ffmpeg, new ChapterSelection(2, 2), true);
        List<FileTime> partial = times(files);
        for (int i = 0; i < files.size(); i++) {
            boolean shouldChange = files.get(i).toString().contains("02 The Storm") || files.get(i).toString().endsWith(".m4b");
            assertEquals(shouldChange, !after.get(i).equals(partial.get(i)), files.get(i) + " encoded again: " + shouldChange);
        }
        BookManifest merged = ManifestWriter.read(book.resolve("manifest.json"));
        assertEquals("01 The Rock.mp3", merged.chapters().get(0).mp3(), "the other chapters keep their MP3s listed");
        assertEquals("story.m4b", merged.m4b());
    }

    @Test
    void encodedFilesAreTheSameBytesFromOneBuildToTheNext() throws Exception {
        Path ffmpeg = ffmpeg().orElse(null);
        assumeTrue(ffmpeg != null, "ffmpeg not on PATH (apt-get install ffmpeg)");
        Path story = dir.resolve("story.md");
        Files.writeString(story, STORY);
        build(story, dir.resolve("a"), EnumSet.allOf(OutputFormat.class), ffmpeg, ChapterSelection.ALL, false);
        build(story, dir.resolve("b"), EnumSet.allOf(OutputFormat.class), ffmpeg, ChapterSelection.ALL, false);
        List<Path> a = encoded(dir.resolve("a"));
        List<Path> b = encoded(dir.resolve("b"));
        assertEquals(7, a.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).getFileName() + " differs");
        }
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/cover.png")), Files.readAllBytes(dir.resolve("b/cover.png")));
    }

    @Test
    void withoutFfmpegMp3sAreWrittenButNotMeasured() throws Exception {
        Path story = dir.resolve("story.md");
        Files.writeString(story, "# One\n\nThe lighthouse stood on a rock.\n");
        Path book = dir.resolve("book");
        BuildResult result = build(story, book, EnumSet.of(OutputFormat.MP3), null, ChapterSelection.ALL, true);
        assertEquals(2, result.encoded().size());
        assertNull(result.encoded().get(0).loudness());
        assertTrue(Files.readString(book.resolve("report.txt")).contains("not measured"));
        assertTrue(Files.readString(book.resolve("report.json")).contains("\"measured\" : false"));
        assertNull(ManifestWriter.read(book.resolve("manifest.json")).m4b());
    }

    @Test
    void aWavOnlyBuildWritesNoCoverAndListsNoEncodedFiles() throws Exception {
        Path story = dir.resolve("story.md");
        Files.writeString(story, "# One\n\nThe lighthouse stood on a rock.\n");
        Path book = dir.resolve("book");
        BuildResult result = build(story, book, EnumSet.of(OutputFormat.WAV), null, ChapterSelection.ALL, true);
        assertEquals(List.of(), result.encoded());
        assertFalse(Files.exists(book.resolve("cover.png")));
        assertFalse(Files.exists(book.resolve("story-mp3.m3u8")));
        String manifest = Files.readString(book.resolve("manifest.json"));
        assertFalse(manifest.contains("mp3") || manifest.contains("m4b") || manifest.contains("cover"), manifest);
        assertNotEquals(0, Files.size(book.resolve("report.txt")));
    }
}
