package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind: each gets its exit code, one line on stderr that names the culprit,
 * and leaves no audio behind.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> cases() throws IOException, InterruptedException {
        Path story = Files.writeString(dir.resolve("story.txt"), "It rained. Then it stopped.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t \n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
        Path badJson = Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"layers\": [");
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder");
        String s = story.toString();
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path sounds = Files.createDirectories(dir.resolve("sounds"));
        audiobook.testing.WavFiles.float32(sounds.resolve("nan.wav"), 44100, 1, 44100 * 4,
                (i, c) -> i == 50_000 ? Float.NaN : (float) Math.sin(i * 0.05) * 0.3f);
        Path nanLoop = loop("nan-loop.json", "sounds/nan.wav");
        Path zeroLoop = loop("zero-loop.json", "/dev/zero");
        Path folderLoop = loop("folder-loop.json", "a-folder");
        Path fifo = dir.resolve("a-fifo");
        boolean fifos = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        Path fifoLoop = loop("fifo-loop.json", "a-fifo");
        Path big = dir.resolve("huge.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(51L << 20);   // sparse: 51 MB that take no room
        }
        Path oneHz = Files.write(dir.resolve("one-hz.wav"), audiobook.testing.WavFiles.wav(1, 1, 1, 16, new byte[200]));
        Path nanWav = audiobook.testing.WavFiles.float32(dir.resolve("nan-check.wav"), 44100, 2, 44100,
                (i, c) -> i == 100 ? Float.NaN : 0.1f);
        Path noSegments = Files.createDirectories(dir.resolve("book-without-segments"));
        Files.writeString(noSegments.resolve("manifest.json"), "{\"schema\": 1, \"title\": \"X\", \"chapters\": "
                + "[{\"number\": 1, \"title\": \"One\", \"file\": \"01 One.wav\", \"duration_ms\": 1000}]}");
        Files.write(noSegments.resolve("01 One.wav"), audiobook.testing.WavFiles.wav(1, 44100, 1, 16, new byte[88200]));
        Path noChapters = Files.writeString(dir.resolve("no-chapters.json"), "{\"title\": \"X\"}");
        Path nullManifest = Files.writeString(dir.resolve("null-manifest.json"), "null");
        Path garbledManifest = Files.write(dir.resolve("garbled.json"), new byte[] {(byte) 0xff, 0, 1, '{'});
        Stream<Arguments> unix = !Files.exists(Path.of("/dev/zero")) ? Stream.empty() : Stream.of(
                Arguments.of("story is a device", 2, "/dev/zero", new String[] {"build", "/dev/zero"}),
                Arguments.of("loop is a device", 2, "/dev/zero", new String[] {"build", s, "--soundscape", zeroLoop.toString()}),
                Arguments.of("lexicon is a device", 2, "/dev/zero", new String[] {"build", s, "--lexicon", "/dev/zero"}),
                Arguments.of("cast is a device", 2, "/dev/zero", new String[] {"build", s, "--cast", "/dev/zero"}),
                Arguments.of("soundscape is a device", 2, "/dev/zero", new String[] {"build", s, "--soundscape", "/dev/zero"}),
                Arguments.of("check a device", 2, "/dev/zero", new String[] {"check", "/dev/zero"}),
                Arguments.of("play a device", 2, "/dev/zero", new String[] {"play", "/dev/zero"}));
        Stream<Arguments> pipes = !fifos ? Stream.empty() : Stream.of(
                Arguments.of("loop is a FIFO", 2, "pipe", new String[] {"build", s, "--soundscape", fifoLoop.toString()}),
                Arguments.of("lexicon is a FIFO", 2, "pipe", new String[] {"build", s, "--lexicon", fifo.toString()}),
                Arguments.of("cast is a FIFO", 2, "pipe", new String[] {"build", s, "--cast", fifo.toString()}),
                Arguments.of("soundscape is a FIFO", 2, "pipe", new String[] {"build", s, "--soundscape", fifo.toString()}),
                Arguments.of("check a FIFO", 2, "pipe", new String[] {"check", fifo.toString()}));
        return Stream.concat(Stream.concat(unix, pipes), Stream.of(
                Arguments.of("story is a folder", 2, "a-folder", new String[] {"build", folder.toString()}),
                Arguments.of("story over 50 MB", 2, "50 MB", new String[] {"build", big.toString()}),
                Arguments.of("ambience far too loud", 2, "--ambience-db", new String[] {"build", s, "--ambience-db", "1000"}),
                Arguments.of("ambience over the voice", 2, "--ambience-db", new String[] {"build", s, "--ambience-db", "30"}),
                Arguments.of("ambience far too quiet", 2, "--ambience-db", new String[] {"build", s, "--ambience-db", "-100"}),
                Arguments.of("ambience a word", 2, "--ambience-db", new String[] {"build", s, "--ambience-db", "loud"}),
                Arguments.of("a thousand jobs", 2, "--jobs", new String[] {"build", s, "--jobs", "1000"}),
                Arguments.of("loop with NaN samples", 2, "NaN", new String[] {"build", s, "--soundscape", nanLoop.toString()}),
                Arguments.of("loop is a folder", 2, "folder", new String[] {"build", s, "--soundscape", folderLoop.toString()}),
                Arguments.of("loop NaN checked alone", 2, "NaN", new String[] {"soundscapes", nanLoop.toString()}),
                Arguments.of("lexicon is a folder", 2, "a-folder", new String[] {"build", s, "--lexicon", folder.toString()}),
                Arguments.of("cast is a folder", 2, "a-folder", new String[] {"build", s, "--cast", folder.toString()}),
                Arguments.of("soundscape is a folder", 2, "a-folder", new String[] {"build", s, "--soundscape", folder.toString()}),
                Arguments.of("manifest without segments", 2, "segments", new String[] {"play", noSegments.toString()}),
                Arguments.of("manifest without chapters", 2, "chapters", new String[] {"play", noChapters.toString()}),
                Arguments.of("manifest null", 2, "null-manifest.json", new String[] {"play", nullManifest.toString()}),
                Arguments.of("manifest garbled", 2, "garbled.json", new String[] {"play", garbledManifest.toString()}),
                Arguments.of("check a 1 Hz WAV", 2, "1 Hz", new String[] {"check", oneHz.toString()}),
                Arguments.of("check a WAV of NaN", 2, "NaN", new String[] {"check", nanWav.toString()}),
                Arguments.of("check a folder", 2, "a-folder", new String[] {"check", folder.toString()}),
                Arguments.of("check a missing file", 2, "missing.wav", new String[] {"check", dir.resolve("missing.wav").toString()}),
                Arguments.of("empty file", 2, "empty.txt", new String[] {"build", empty.toString()}),
                Arguments.of("empty file", 2, "empty.txt", new String[] {"build", empty.toString()}),
                Arguments.of("whitespace only", 2, "blank.txt", new String[] {"build", blank.toString()}),
                Arguments.of("binary file", 2, "binary.txt", new String[] {"build", binary.toString()}),
                Arguments.of("Latin-1 file", 2, "latin1.txt", new String[] {"build", latin1.toString()}),
                Arguments.of("missing file", 2, "missing.txt", new String[] {"build", dir.resolve("missing.txt").toString()}),
                Arguments.of("unknown soundscape", 2, "jungle", new String[] {"build", s, "--soundscape", "jungle"}),
                Arguments.of("malformed soundscape JSON", 2, "broken.json", new String[] {"build", s, "--soundscape", badJson.toString()}),
                Arguments.of("unknown voice", 2, "robot", new String[] {"build", s, "--voice", "robot"}),
                Arguments.of("output path is a file", 2, "a-file", new String[] {"build", s, "-o", aFile.toString()}),
                Arguments.of("output under a file", 3, "a-file", new String[] {"build", s, "-o", aFile.resolve("book").toString()}),
                Arguments.of("negative rate", 2, "--rate", new String[] {"build", s, "--rate", "-5"}),
                Arguments.of("zero jobs", 2, "--jobs", new String[] {"build", s, "--jobs", "0"}),
                Arguments.of("NaN ambience", 2, "--ambience-db", new String[] {"build", s, "--ambience-db", "NaN"}),
                Arguments.of("NaN pitch", 2, "--pitch", new String[] {"build", s, "--pitch", "NaN"})));
    }

    /** A soundscape definition with one loop layer whose file is {@code file}. */
    private static Path loop(String name, String file) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"name\": \"l\", \"description\": \"d\", \"layers\": [{\"type\": "
                + "\"loop\", \"file\": \"" + file + "\", \"level_db\": -30, \"floor\": 0.5}]}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsCleanly(String name, int exit, String named, String[] args) throws IOException {
        Path out = dir.resolve("out-" + name.replace(' ', '-'));
        String[] withOutput = args;
        if (args[0].equals("build") && !String.join(" ", args).contains(" -o ")) {
            withOutput = Stream.concat(Stream.of(args), Stream.of("-o", out.toString())).toArray(String[]::new);
        }
        Cli result = Cli.run(new TestHost(), withOutput);
        assertEquals(exit, result.exit(), result.toString());
        assertEquals(1, result.errLines(), result.toString());
        assertTrue(result.err().contains(named), result.toString());
        assertTrue(!result.err().contains("internal error") && !result.err().contains("Exception"), result.toString());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".wav")), "no audio written");
            }
        }
    }

    /** Bad input aimed at a folder that holds a book leaves every file of it as it was. */
    @org.junit.jupiter.api.Test
    void aBookIsNotTouchedByABuildWithBadInput() throws Exception {
        Path story = Files.writeString(dir.resolve("kept.md"), "# One\n\nThe lamp burned.\n");
        Path book = dir.resolve("kept");
        assertEquals(0, Cli.run(new TestHost(), "build", story.toString(), "-o", book.toString(), "--soundscape", "none",
                "--quiet").exit());
        java.util.Map<String, String> before = snapshot(book);
        Files.createDirectories(dir.resolve("kept-sounds"));
        audiobook.testing.WavFiles.float32(dir.resolve("kept-sounds/nan.wav"), 44100, 1, 44100 * 4,
                (i, c) -> i == 9 ? Float.NaN : 0.2f * (float) Math.sin(i * 0.05));
        Path nanLoop = loop("kept-loop.json", "kept-sounds/nan.wav");
        Files.createDirectories(dir.resolve("a-folder"));
        for (String[] bad : List.of(new String[] {"--ambience-db", "1000"}, new String[] {"--voice", "robot"},
                new String[] {"--soundscape", nanLoop.toString()}, new String[] {"--lexicon", dir.resolve("a-folder").toString()},
                new String[] {"--jobs", "0"}, new String[] {"--chapter", "9"})) {
            List<String> args = new java.util.ArrayList<>(List.of("build", story.toString(), "-o", book.toString()));
            args.addAll(List.of(bad));
            Cli run = Cli.run(new TestHost(), args.toArray(String[]::new));
            assertEquals(2, run.exit(), run.toString());
            assertEquals(before, snapshot(book), String.join(" ", bad) + " left the book as it was");
        }
    }

    private static java.util.Map<String, String> snapshot(Path folder) throws IOException {
        java.util.Map<String, String> files = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }

    @org.junit.jupiter.api.Test
    void tenThousandTinyChaptersArePlannedWithoutLosingOne() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append("# Part ").append(i).append("\n\nWord ").append(i).append(".\n\n");
        }
        Path story = Files.writeString(dir.resolve("tiny-chapters.md"), text);
        Cli result = Cli.run(new TestHost(), "plan", story.toString(), "--json");
        assertEquals(0, result.exit(), result.err());
        var plan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        assertEquals(10_000, plan.get("chapters").size());
        assertTrue(result.out().contains("Word 10000."));
    }
}
