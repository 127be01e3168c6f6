package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import audiobook.testing.Chromium;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-along page in headless Chromium, opened from {@code file://} beside (silent) chapter
 * WAVs: the sentence it marks at a moment is the manifest's, clicks and keys move the playback,
 * the position survives a reload, and nothing reaches the console.
 */
class ReadAlongBrowserTest {

    @TempDir
    static Path dir;

    static Path book;
    static BookManifest manifest;

    /** Chapter 1: 6 segments; chapter 2: 16; each 4 s of speech and 0.8 s of pause, from 0.9 s. */
    @BeforeAll
    static void writeBook() throws IOException {
        book = dir.resolve("book");
        List<BookManifest.ChapterEntry> chapters = new ArrayList<>();
        for (int number = 1; number <= 2; number++) {
            int count = number == 1 ? 6 : 16;
            List<BookManifest.SegmentEntry> segments = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long start = 900 + i * 4800L;
                String text = i == 0 ? "Chapter " + number : "Sentence " + i + " of chapter " + number + ".";
                if (number == 2 && i == 7) {
                    text = "It read </script> & <b>bold</b> {{data}} aloud.";
                }
                String pause = i == 0 ? "title" : i == count - 1 ? "end" : i % 4 == 0 ? "paragraph" : "sentence";
                String kind = i == 0 ? "title" : "text";
                if (number == 1 && i < 2) {   // chapter 1 opens with the credits, then its title
                    text = i == 0 ? "A Test Book, by T. Author." : "Chapter 1";
                    kind = i == 0 ? "credits" : "title";
                    pause = "paragraph";
                }
                segments.add(new BookManifest.SegmentEntry(i, text, text, "narrator", start, start + 4000, pause, Map.of(), kind));
            }
            long duration = segments.get(count - 1).endMs() + 3000;
            String base = String.format("%02d Chapter %d", number, number);
            chapters.add(new BookManifest.ChapterEntry(number, "Chapter " + number, base + ".wav",
                    "narration/" + base + ".wav", "captions/" + base + ".vtt", duration, -18.0, -1.1, segments));
            silentWav(book.resolve(base + ".wav"), duration);
            silentWav(book.resolve("narration/" + base + ".wav"), duration);
        }
        manifest = new BookManifest(1, "A Test Book", "T. Author", "wind", 1, null,
                chapters.stream().mapToLong(BookManifest.ChapterEntry::durationMs).sum(), chapters);
        ReadAlongPage.write(book, manifest);
    }

    /** 8 kHz mono 16-bit silence: enough for the browser to load, seek and play. */
    static void silentWav(Path file, long ms) throws IOException {
        int frames = (int) (ms * 8);
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * frames).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * frames).put("WAVEfmt ".getBytes()).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(2 * frames);
        Files.createDirectories(file.getParent());
        Files.write(file, b.array());
    }

    static Chromium.Page open(String fragment) throws Exception {
        return Chromium.load(book.resolve("index.html"), fragment, dir.resolve("profile-" + fragment.hashCode()), 3000);
    }

    static void assertClean(Chromium.Page page) {
        assertEquals(List.of(), page.console(), "nothing is written to the console");
        assertNull(page.errors(), "no script errors");
    }

    @Test
    void marksTheManifestsSentenceAtEveryMomentAFragmentNames() throws Exception {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        // in a sentence (65 s: segment 13), early and late in pauses, before the first, after the last
        String[] fragments = {"chapter=2&t=65", "chapter=2&t=19.5", "chapter=2&t=19.9", "chapter=2&t=0",
            "chapter=2&t=80", "chapter=1&t=10.2", "chapter=2&t=34.5"};
        for (String fragment : fragments) {
            Chromium.Page page = open(fragment);
            String[] parts = fragment.split("[=&]");
            BookManifest.ChapterEntry chapter = manifest.chapters().get(Integer.parseInt(parts[1]) - 1);
            BookManifest.SegmentEntry expected = Chromium.spokenAt(chapter.segments(), Math.round(Double.parseDouble(parts[3]) * 1000));
            assertEquals(List.of(expected.text()), page.current(), fragment + ": exactly the manifest's sentence is marked");
            assertClean(page);
        }
        assertEquals(13, Chromium.spokenAt(manifest.chapters().get(1).segments(), 65_000).index());
        String dom = open("chapter=1&t=1").dom();
        assertTrue(dom.contains("<p class=\"credits\"><span class=\"s\" id=\"s0\"") && dom.contains("<h2><span class=\"s\" id=\"s1\""),
                "the credits are a paragraph of their own, the title a heading: " + dom);
    }

    /**
     * Headless Chromium loads a page's first audio file but defers loading any later one (another
     * chapter's, or after a reload) for as long as the test runs, so after a chapter change only
     * the marked sentence (which the page takes from the seek it is waiting to make) is checked,
     * not the audio element's time.
     */
    @Test
    void clicksAndKeysSeekAndThePositionIsRememberedAcrossAReload() throws Exception {
        assumeTrue(Chromium.available(), Chromium.MISSING);
        try (var in = ReadAlongBrowserTest.class.getResourceAsStream("/readalong/probe.html")) {
            Files.write(book.resolve("probe.html"), in.readAllBytes());
        }
        Chromium.Page page = Chromium.load(book.resolve("probe.html"), "", dir.resolve("profile-probe"), 20_000);
        String result = page.attribute("result", "data-steps");
        assertTrue(result != null, "the probe finished: " + page.dom());
        JsonNode steps = new ObjectMapper().readTree(result);
        JsonNode c2 = steps.get("opened");
        assertEquals("s13", c2.get("marked").asText(), steps.toString());
        assertEquals(65.0, c2.get("time").asDouble(), 0.01, "the audio is seeked to the fragment's moment");
        JsonNode clicked = steps.get("clicked");
        assertEquals("s5", clicked.get("marked").asText(), "a clicked sentence is marked");
        assertTrue(clicked.get("time").asDouble() >= 24.9 && clicked.get("time").asDouble() < 26, "and played from its start: " + clicked);
        assertEquals(false, clicked.get("paused").asBoolean(), "a click plays");
        assertEquals(true, steps.get("space").get("paused").asBoolean(), "space pauses");
        assertEquals(false, steps.get("space again").get("paused").asBoolean(), "space plays");
        assertEquals("s6", steps.get("right").get("marked").asText());
        assertEquals("s4", steps.get("left twice").get("marked").asText());
        assertEquals(20.1, steps.get("left twice").get("time").asDouble(), 0.01, "an arrow seeks to the sentence's start");
        JsonNode back = steps.get("left from the first");
        assertEquals("Chapter 1", back.get("chapter").asText(), "left from a chapter's first sentence goes to the chapter before");
        assertEquals("s5", back.get("marked").asText());
        JsonNode reloaded = steps.get("reloaded");
        assertEquals("Chapter 1", reloaded.get("chapter").asText(), "the position is restored on reopening");
        assertEquals("s5", reloaded.get("marked").asText(), steps.toString());
        assertEquals(1, reloaded.get("count").asInt(), "one sentence marked");
        assertEquals("", steps.get("errors").asText(), "no errors in the page");
        assertEquals(List.of(), page.console(), "nothing is written to the console");
    }
}
