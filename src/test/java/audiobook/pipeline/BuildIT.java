package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.text.Words;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real jar, as a user would, on a short story and inspects what it writes. */
class BuildIT {

    private static final Path STORY = Path.of("src/test/resources/stories/short-storm.txt").toAbsolutePath();

    @TempDir
    static Path dir;

    static JarRunner.Result first;

    static JarRunner.Result run(String... args) throws IOException, InterruptedException {
        return new JarRunner(dir).run(args);
    }

    @BeforeAll
    static void build() throws Exception {
        first = run("build", STORY.toString(), "-o", dir.resolve("book").toString(), "--author", "Test Author");
    }

    @Test
    void writesStereoChapterWavsAndAManifest() throws Exception {
        assertEquals(0, first.exit(), first.err());
        List<Path> wavs = wavs(dir.resolve("book"));
        assertTrue(wavs.size() >= 1, "chapters: " + wavs);
        for (Path wav : wavs) {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
                AudioFormat f = in.getFormat();
                assertEquals(44100f, f.getSampleRate());
                assertEquals(2, f.getChannels());
                assertEquals(16, f.getSampleSizeInBits());
                assertTrue(in.getFrameLength() > 44100 * 5);
            }
        }
        assertTrue(Files.exists(dir.resolve("book/manifest.json")));
    }

    @Test
    void writesDryMastersCaptionsPlaylistAndAPassingReport() throws Exception {
        Path book = dir.resolve("book");
        BookManifest manifest = ManifestWriter.read(book.resolve("manifest.json"));
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            try (AudioInputStream in = AudioSystem.getAudioInputStream(book.resolve(c.dryFile()).toFile())) {
                assertEquals(1, in.getFormat().getChannels());
                assertEquals(44100f, in.getFormat().getSampleRate());
            }
            String vtt = Files.readString(book.resolve(c.captions()));
            assertTrue(vtt.startsWith("WEBVTT"));
            int cues = vtt.split("-->").length - 1;
            // A cue per segment, and more where a long segment is cut at its clauses (at most two lines a cue).
            assertTrue(cues >= c.segments().size(), "a cue or more per segment: " + cues);
            assertTrue(java.util.Arrays.stream(vtt.split("\n\n")).skip(1)
                    .allMatch(cue -> cue.lines().count() <= 4), "number, time and at most two lines:\n" + vtt);
        }
        String playlist = Files.readString(book.resolve("short-storm.m3u8"));
        assertTrue(playlist.startsWith("#EXTM3U") && playlist.contains("#EXTINF:")
                && playlist.contains(manifest.chapters().get(0).file()));
        String report = Files.readString(book.resolve("report.txt"));
        assertTrue(report.contains("All files meet their targets."), report);
        assertTrue(Files.readString(book.resolve("report.json")).contains("\"pass\" : true"));
    }

    @Test
    void refusesAFolderOfOtherFilesWithoutForce() throws Exception {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("thesis.doc"), "precious");
        JarRunner.Result refused = run("build", STORY.toString(), "-o", other.toString(), "--profile", "dry");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--force"), refused.err());
        assertEquals("precious", Files.readString(other.resolve("thesis.doc")));
    }

    @Test
    void theManifestHoldsEveryStoryWordOnceInOrderButNotTheNote() throws Exception {
        BookManifest manifest = ManifestWriter.read(dir.resolve("book/manifest.json"));
        String text = Files.readString(STORY);
        List<String> story = Words.of(text.substring(text.indexOf("---") + 3));
        List<String> narrated = manifest.chapters().stream()
                .flatMap(c -> c.segments().stream().filter(s -> s.kind().equals("text")))
                .flatMap(s -> Words.of(s.text()).stream()).toList();
        assertEquals(story, narrated);
        assertTrue(manifest.frontMatter().startsWith("A note before"));
        assertTrue(first.err().contains("mid-sentence"), first.err());
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            long previousEnd = 0;
            for (BookManifest.SegmentEntry s : c.segments()) {
                assertTrue(s.startMs() >= previousEnd && s.endMs() > s.startMs(), "segment times in order");
                previousEnd = s.endMs();
            }
            assertTrue(previousEnd < c.durationMs());
        }
    }

    @Test
    void theSameCommandTwiceGivesByteIdenticalFiles() throws Exception {
        JarRunner.Result second = run("build", STORY.toString(), "-o", dir.resolve("again").toString(), "--author", "Test Author");
        assertEquals(0, second.exit(), second.err());
        List<Path> a = wavs(dir.resolve("book"));
        List<Path> b = wavs(dir.resolve("again"));
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
    }

    @Test
    void aMissingStoryExitsTwoWithOneLineNamingIt() throws Exception {
        JarRunner.Result missing = run("build", "missing.txt");
        assertEquals(2, missing.exit());
        assertEquals(1, missing.err().strip().lines().count(), missing.err());
        assertTrue(missing.err().contains("missing.txt"));
    }

    static List<Path> wavs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
    }
}
