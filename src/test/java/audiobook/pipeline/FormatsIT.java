package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.WavReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real jar with {@code --format wav,mp3,m4b} on a two-chapter story and reads what it
 * wrote with other programs: ffprobe for tags, streams, chapters and durations, ffmpeg to decode
 * and measure peaks, and mediainfo or mutagen as a second reader of the M4B's chapters.
 */
class FormatsIT {

    private static final String STORY = """
            # The Watch

            The wind rose over the headland as the light failed. Mara climbed the tower stairs and checked the \
            lamp, the wick, the oil. Far out, the sea was turning white.

            "It will be a long night," she said to the cat, who did not answer.

            # The Storm

            Then the storm broke. Rain lashed the glass and thunder rolled across the bay. Mara held the rail and \
            kept the lamp turning, hour after hour, until the grey of morning came up over the water.
            """;

    @TempDir
    static Path dir;
    static Path book;
    static JarRunner.Result built;
    static BookManifest manifest;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(ok("ffmpeg", "-version") && ok("ffprobe", "-version"),
                "ffmpeg and ffprobe are needed to check the encoded formats (apt-get install ffmpeg)");
        Path story = dir.resolve("the-lighthouse.txt");
        Files.writeString(story, STORY);
        book = dir.resolve("book");
        built = new JarRunner(dir).run(args(book));
        assertEquals(0, built.exit(), built.err());
        manifest = ManifestWriter.read(book.resolve("manifest.json"));
    }

    @Test
    void theSummaryAndTheReportNameTheEncodedFilesAndTheirFigures() throws Exception {
        assertTrue(built.out().contains("mp3: 4 files, 192 kbps CBR, 44.1 kHz, tagged; as decoded: immersive"), built.out());
        assertTrue(built.out().contains("m4b: the-lighthouse.m4b, 2 chapter marks, AAC; as decoded:"), built.out());
        assertTrue(built.out().contains("all 9 files meet their targets"), built.out());
        assertTrue(built.err().contains("[encoded 5/5]"), built.err());
        String report = Files.readString(book.resolve("report.txt"));
        assertTrue(report.contains("narration/02 The Storm.mp3") && report.contains("the-lighthouse.m4b"), report);
        assertTrue(report.contains("All files meet their targets."), report);
    }

    @Test
    void everyMp3Is192kbpsCbrAt44100TaggedWithTheCoverAndAsLongAsItsWav() throws Exception {
        assertEquals(2, manifest.chapters().size());
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            for (String[] pair : new String[][] {{c.file(), c.mp3()}, {c.dryFile(), c.dryMp3()}}) {
                Path wav = book.resolve(pair[0]);
                Path mp3 = book.resolve(pair[1]);
                assertEquals(pair[0].replace(".wav", ".mp3"), pair[1], "same name, beside the WAV");
                int channels = WavReader.info(wav).format().channels();
                JsonNode probe = probe(mp3);
                JsonNode audio = stream(probe, "audio");
                assertEquals("mp3", audio.path("codec_name").asText());
                assertEquals(44100, audio.path("sample_rate").asInt());
                assertEquals(192000, audio.path("bit_rate").asInt());
                assertEquals(channels, audio.path("channels").asInt());
                JsonNode tags = probe.path("format").path("tags");
                assertEquals(c.title(), tags.path("title").asText());
                assertEquals("The Lighthouse", tags.path("album").asText());
                assertEquals("Ann Author", tags.path("artist").asText());
                assertEquals("Ann Author", tags.path("album_artist").asText());
                assertEquals(c.number() + "/2", tags.path("track").asText());
                assertEquals("Audiobook", tags.path("genre").asText());
                assertTrue(tags.path("date").asText().matches("\\d{4}"), tags.toString());
                assertTrue(tags.path("comment").asText().contains("kevin16"), tags.toString());
                JsonNode picture = stream(probe, "video");
                assertEquals("png", picture.path("codec_name").asText());
                assertEquals(1, picture.path("disposition").path("attached_pic").asInt());
                assertEquals(1400, picture.path("width").asInt());

                // ffprobe's header duration of an MP3 counts the encoder delay and padding (38-64 ms)
                // that decoders trim using LAME's Info frame; decoded, every frame is where the WAV has it.
                long frames = WavReader.info(wav).frames();
                assertEquals(frames, decodedFrames(mp3, channels), mp3 + " decodes to the WAV's length");
                assertEquals(frames / 44100.0, probe.path("format").path("duration").asDouble(), 0.065);
            }
        }
    }

    @Test
    void decodedMp3sKeepAcxPeaks() throws Exception {
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            double truePeak = ebur128TruePeak(book.resolve(c.mp3()));
            assertTrue(truePeak <= -1.0, c.mp3() + ": true peak " + truePeak + " dBTP");
            double peak = samplePeak(book.resolve(c.dryMp3()));
            assertTrue(peak <= -3.0, c.dryMp3() + ": sample peak " + peak + " dBFS");
        }
    }

    @Test
    void theM4bHasAChapterMarkPerChapterTagsACoverAndAac() throws Exception {
        Path m4b = book.resolve(manifest.m4b());
        assertEquals("the-lighthouse.m4b", manifest.m4b());
        JsonNode probe = probe(m4b);
        JsonNode marks = probe.path("chapters");
        assertEquals(2, marks.size(), probe.toString());
        double start = 0;
        for (int i = 0; i < 2; i++) {
            BookManifest.ChapterEntry c = manifest.chapters().get(i);
            assertEquals(c.title(), marks.path(i).path("tags").path("title").asText());
            assertEquals(start, marks.path(i).path("start_time").asDouble(), 0.002, "chapter " + (i + 1) + " starts where its WAV would");
            start += WavReader.info(book.resolve(c.file())).durationSeconds();
        }
        JsonNode audio = stream(probe, "audio");
        assertEquals("aac", audio.path("codec_name").asText());
        assertEquals(2, audio.path("channels").asInt(), "stereo: the immersive master");
        int rate = audio.path("bit_rate").asInt();
        assertTrue(rate >= 64000 && rate <= 128000, "AAC at " + rate + " b/s");
        assertEquals(start, audio.path("duration").asDouble(), 0.05, "as long as the WAVs together");
        JsonNode tags = probe.path("format").path("tags");
        assertEquals("The Lighthouse", tags.path("title").asText());
        assertEquals("The Lighthouse", tags.path("album").asText());
        assertEquals("Ann Author", tags.path("artist").asText());
        assertEquals("Ann Author", tags.path("album_artist").asText());
        assertEquals("Audiobook", tags.path("genre").asText());
        assertTrue(tags.path("date").asText().matches("\\d{4}"));
        assertTrue(tags.path("comment").asText().contains("audiobook") && tags.path("comment").asText().contains("kevin16"));
        assertEquals(1, stream(probe, "video").path("disposition").path("attached_pic").asInt(), "the cover");
        assertTrue(ebur128TruePeak(m4b) <= -1.0, "decoded true peak");
        assertTrue(Files.size(book.resolve("cover.png")) > 1000);
    }

    @Test
    void aSecondReaderFindsTheM4bChapters() throws Exception {
        Path m4b = book.resolve(manifest.m4b());
        List<String> titles = manifest.chapters().stream().map(BookManifest.ChapterEntry::title).toList();
        boolean checked = false;
        if (ok("mediainfo", "--version")) {
            String info = run("mediainfo", m4b.toString());
            Matcher m = Pattern.compile("(?m)^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\s+: (.*)$").matcher(info);
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group(2).strip());
            }
            assertTrue(found.containsAll(titles) && found.size() >= titles.size(), "mediainfo menus: " + found + "\n" + info);
            checked = true;
        }
        // Debian's python3, which python3-mutagen installs into (a python3 earlier on the PATH may be another).
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        if (ok(python, "--version") && runBoth(python, "-c", "import mutagen; print('mutagen ok')").contains("mutagen ok")) {
            String chapters = run(python, "-c", "import sys\nfrom mutagen.mp4 import MP4\n"
                    + "for c in MP4(sys.argv[1]).chapters: print('%.3f %s' % (c.start, c.title))", m4b.toString());
            assertEquals(titles, chapters.lines().map(l -> l.substring(l.indexOf(' ') + 1)).toList(), chapters);
            assertTrue(chapters.startsWith("0.000 "), chapters);
            checked = true;
        }
        assumeTrue(checked, "neither mediainfo nor python3-mutagen installed: no second reader (apt-get install mediainfo)");
    }

    @Test
    void everyFileWasRenamedIntoPlaceAndARebuildEncodesNothing() throws Exception {
        try (Stream<Path> all = Files.walk(book)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
        }
        Map<Path, Long> before = times();
        JarRunner.Result again = new JarRunner(dir).run(args(book));
        assertEquals(0, again.exit(), again.err());
        assertEquals(before, times(), "nothing changed, nothing encoded again");
        assertTrue(again.err().contains("(unchanged)"), again.err());
    }

    @Test
    void withoutFfmpegM4bIsExitThreeInOneLine() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(JarRunner.command("build", dir.resolve("the-lighthouse.txt").toString(),
                "-o", dir.resolve("no-ffmpeg").toString(), "--format", "wav,m4b"));
        command.set(0, java.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("PATH", dir.resolve("empty-path").toString());
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(3, p.exitValue(), err);
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("ffmpeg") && err.contains("install"), err);
        assertTrue(!Files.exists(dir.resolve("no-ffmpeg")), "no work done");
    }

    private static String[] args(Path folder) {
        return new String[] {"build", dir.resolve("the-lighthouse.txt").toString(), "-o", folder.toString(), "--author",
            "Ann Author", "--title", "The Lighthouse", "--format", "wav,mp3,m4b", "--progress", "never"};
    }

    private static Map<Path, Long> times() throws IOException {
        Map<Path, Long> times = new java.util.TreeMap<>();
        try (Stream<Path> all = Files.walk(book, 2)) {
            for (Path p : all.filter(f -> f.toString().endsWith(".mp3") || f.toString().endsWith(".m4b")).toList()) {
                times.put(p, Files.getLastModifiedTime(p).toMillis());
            }
        }
        assertEquals(5, times.size(), times.toString());
        return times;
    }

    static JsonNode probe(Path file) throws Exception {
        return new ObjectMapper().readTree(run("ffprobe", "-v", "error", "-show_format", "-show_streams", "-show_chapters",
                "-of", "json", file.toString()));
    }

    static JsonNode stream(JsonNode probe, String type) {
        for (JsonNode s : probe.path("streams")) {
            if (s.path("codec_type").asText().equals(type)) {
                return s;
            }
        }
        throw new AssertionError("no " + type + " stream in " + probe);
    }

    static long decodedFrames(Path file, int channels) throws Exception {
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-i", file.toString(), "-f", "s16le", "-ac",
                String.valueOf(channels), "-").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long bytes = p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertTrue(p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0);
        return bytes / 2 / channels;
    }

    /** ffmpeg's own EBU R 128 true peak of the decoded file, dBTP. */
    static double ebur128TruePeak(Path file) throws Exception {
        String out = runBoth("ffmpeg", "-nostats", "-hide_banner", "-i", file.toString(), "-map", "0:a", "-af",
                "ebur128=peak=true", "-f", "null", "-");
        Matcher m = Pattern.compile("True peak:\\s+Peak:\\s+(-?[\\d.]+|-inf) dBFS").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1).replace("-inf", "-1000"));
    }

    /** ffmpeg's astats sample peak of the decoded file, dBFS. */
    static double samplePeak(Path file) throws Exception {
        String out = runBoth("ffmpeg", "-nostats", "-hide_banner", "-i", file.toString(), "-map", "0:a", "-af",
                "astats=measure_perchannel=none:measure_overall=Peak_level", "-f", "null", "-");
        Matcher m = Pattern.compile("Peak level dB: (-?[\\d.]+)").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    static boolean ok(String program, String flag) {
        try {
            Process p = new ProcessBuilder(program, flag).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    private static String runBoth(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES), String.join(" ", command));
        return out;
    }
}
