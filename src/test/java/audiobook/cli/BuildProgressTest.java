package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress, summary and chapter previews of {@code audiobook build}, on a three-chapter story of three sentences. */
class BuildProgressTest {

    @TempDir
    static Path dir;

    /** One master instead of two where the test is about the display, to keep the test quick. */
    private static final String IMMERSIVE_ONLY = "--profile=immersive";

    static Path story;
    static Path book;
    static Cli first;

    @BeforeAll
    static void buildTheWholeBook() throws IOException {
        story = dir.resolve("tiny.md");
        Files.writeString(story, "# One\n\nThe wind rose.\n\n# Two\n\nThe rain fell.\n\n# Three\n\nThe sun came out.\n");
        book = dir.resolve("book");
        first = build(false, "-o", book.toString());
    }

    static Cli build(boolean terminal, String... options) {
        TestHost host = new TestHost();
        host.terminal = terminal;
        List<String> args = new java.util.ArrayList<>(List.of("build", story.toString(), "--soundscape", "wind", "--jobs", "2"));
        args.addAll(List.of(options));
        return Cli.run(host, args.toArray(String[]::new));
    }

    @Test
    void offATerminalProgressIsAPlainLinePerChapter() {
        assertEquals(0, first.exit(), first.toString());
        List<String> lines = first.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
        assertEquals("Building \"Tiny\": 3 chapters", lines.get(0));
        assertTrue(lines.get(1).matches("\\[1/3] 01 One\\.wav \\(0:\\d\\d\\) · \\d\\d% · \\d:\\d\\d left"), lines.get(1));
        assertTrue(lines.get(3).matches("\\[3/3] 03 Three\\.wav \\(0:\\d\\d\\) · 100%"), lines.get(3));
        assertEquals(4, lines.size(), first.err());
        assertFalse(first.err().contains("\r") || first.err().contains("\033"), "no terminal control in logs");
    }

    @Test
    void theSummarySaysWhatWasMadeHowFastAndWhere() {
        List<String> lines = first.out().lines().toList();
        assertTrue(lines.get(0).matches("Built \"Tiny\": 3 chapters, 0:\\d\\d of audio, soundscape wind"), lines.get(0));
        assertTrue(lines.get(1).matches("  took \\d+\\.\\d s, \\d+(\\.\\d)?× real time; 8 segments spoken"), lines.get(1));
        assertTrue(lines.get(2).matches("  narration: 8 segments synthesised, 0 reused \\(\\d+\\.\\d\\d s of synthesis\\); "
                + "3 chapters rendered, 0 unchanged"), lines.get(2));
        String range = "-\\d+\\.\\d( to -\\d+\\.\\d)?";
        assertTrue(lines.get(3).matches("  immersive: " + range + " LUFS, true peak at most -?\\d+\\.\\d dBTP"), lines.get(3));
        assertTrue(lines.get(4).matches("  dry: RMS " + range + " dBFS, peak at most -\\d+\\.\\d dBFS, "
                + "noise floor at most -\\d+\\.\\d dBFS"), lines.get(4));
        assertTrue(lines.get(5).matches("  all 6 files meet their targets|  \\d of 6 files miss their targets .*"), lines.get(5));
        assertEquals(lines.get(5).startsWith("  all"), !first.err().contains("warning:"), "every miss is a warning");
        assertEquals("  files in " + book + " (listen: audiobook play \"" + book + "\")", lines.get(6));
        long warnings = first.err().lines().filter(l -> l.startsWith("warning: ")).count();
        assertEquals(warnings == 0 ? "  no warnings" : "  " + warnings + " warning" + (warnings == 1 ? ":" : "s:"),
                lines.get(7));
    }

    @Test
    void onATerminalALiveBarWithTimeLeftAndSpeed() throws IOException {
        Cli run = build(true, "-o", copyOfBook("bar").toString(), "--chapter", "1", IMMERSIVE_ONLY);
        assertEquals(0, run.exit(), run.toString());
        String[] frames = run.err().split("\r");
        String last = frames[frames.length - 1].replace("\033[K", "").strip();
        assertTrue(last.matches("Building 100% ▕█+▏ done · \\d+(\\.\\d)?× real time"), last);
        // The first frame may come after some work is done (the bar draws on its own clock): the
        // frames only ever move forward.
        int before = 0;
        for (int i = 1; i < frames.length; i++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^Building +(\\d+)% ▕").matcher(frames[i]);
            assertTrue(m.find(), frames[i]);
            int percent = Integer.parseInt(m.group(1));
            assertTrue(percent >= before, frames[i - 1] + " then " + frames[i]);
            before = percent;
        }
        assertFalse(run.err().contains("[1/1]"), "no plain lines under the bar");
        assertTrue(run.out().startsWith("Built \"Tiny\": chapter 1 of 3,"), run.out());
    }

    @Test
    void progressAlwaysDrawsTheBarInLogsAndNeverWritesLinesOnATerminal() throws IOException {
        Cli always = build(false, "-o", copyOfBook("always").toString(), "--chapter", "3", "--progress=always", IMMERSIVE_ONLY);
        assertTrue(always.err().contains("\rBuilding 100%"), always.err());
        Cli never = build(true, "-o", copyOfBook("never").toString(), "--chapter", "3", "--progress", "never", IMMERSIVE_ONLY);
        assertTrue(never.err().contains("[1/1] 03 Three.wav") && !never.err().contains("\r"), never.err());
        assertEquals(2, build(false, "-o", dir.resolve("none").toString(), "--progress", "sometimes").exit());
    }

    @Test
    void afterCtrlCsMessageNothingMoreIsPrinted() {
        java.io.StringWriter text = new java.io.StringWriter();
        BuildDisplay display = BuildDisplay.choose(BuildDisplay.Mode.NEVER, false, false, new java.io.PrintWriter(text));
        display.warning("a chapter is long");
        display.stopped();
        display.warning("a worker still running finished a chapter");   // the build thread, racing the shutdown hook
        assertEquals("warning: a chapter is long\naudiobook: stopped; rerun to resume from the cache\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void quietPrintsNothing() throws IOException {
        Cli run = build(true, "-o", copyOfBook("quiet").toString(), "--chapter", "2", "--quiet", IMMERSIVE_ONLY);
        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out());
        assertEquals("", run.err());
    }

    @Test
    void aPreviewRendersOnlyItsChapterAndKeepsTheOthersAndTheManifest() throws IOException {
        Path copy = copyOfBook("preview");
        byte[] two = Files.readAllBytes(copy.resolve("02 Two.wav"));
        String manifest = Files.readString(copy.resolve("manifest.json"));
        String playlist = Files.readString(copy.resolve("tiny.m3u8"));
        FileTime one = Files.getLastModifiedTime(copy.resolve("01 One.wav"));
        FileTime three = Files.getLastModifiedTime(copy.resolve("03 Three.wav"));
        Files.delete(copy.resolve("02 Two.wav"));

        Cli run = build(false, "-o", copy.toString(), "--chapter", "2");
        assertEquals(0, run.exit(), run.toString());
        assertArrayEquals(two, Files.readAllBytes(copy.resolve("02 Two.wav")), "the same chapter as a full build makes");
        assertEquals(one, Files.getLastModifiedTime(copy.resolve("01 One.wav")));
        assertEquals(three, Files.getLastModifiedTime(copy.resolve("03 Three.wav")));
        assertEquals(manifest, Files.readString(copy.resolve("manifest.json")), "the manifest still lists every chapter");
        assertEquals(playlist, Files.readString(copy.resolve("tiny.m3u8")), "so does the playlist");
        assertTrue(playlist.contains("01 One.wav") && playlist.contains("03 Three.wav"), playlist);
        assertTrue(run.err().contains("Building \"Tiny\": chapter 2 of 3") && run.err().contains("[1/1] 02 Two.wav"), run.err());
    }

    @Test
    void aPreviewInAnEmptyFolderSaysWhichChaptersAreNotBuiltYet() throws IOException {
        Path empty = dir.resolve("fresh");
        Cli run = build(false, "-o", empty.toString(), "--chapters", "2-3", IMMERSIVE_ONLY);
        assertEquals(0, run.exit(), run.toString());
        BookManifest manifest = ManifestWriter.read(empty.resolve("manifest.json"));
        assertEquals(List.of(2, 3), manifest.chapters().stream().map(BookManifest.ChapterEntry::number).toList());
        assertTrue(run.err().contains("warning: chapter 1 has not been built yet"), run.err());
        assertTrue(run.out().contains("1 warning:"), run.out());
    }

    @Test
    void chaptersOutOfRangeAreOneLineNamingTheRangeAndBuildNothing() {
        Path none = dir.resolve("none");
        for (String[] options : List.of(new String[] {"--chapter", "4"}, new String[] {"--chapters", "3-5"})) {
            Cli run = build(false, concat(options, "-o", none.toString()));
            assertEquals(2, run.exit(), run.toString());
            assertEquals(1, run.errLines(), run.err());
            assertTrue(run.err().contains("\"Tiny\" has chapters 1-3"), run.err());
        }
        assertFalse(Files.exists(none), "nothing written");
        String out = none.toString();
        assertEquals(2, build(false, "-o", out, "--chapters", "3-1").exit());
        assertEquals(2, build(false, "-o", out, "--chapters", "two").exit());
        assertEquals(2, build(false, "-o", out, "--chapter", "0").exit());
        assertEquals(2, build(false, "-o", out, "--chapter", "1", "--chapters", "1-2").exit());
        assertFalse(Files.exists(none), "nothing written");
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    private static Path copyOfBook(String name) throws IOException {
        Path copy = dir.resolve(name);
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(book)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return copy;
    }
}
