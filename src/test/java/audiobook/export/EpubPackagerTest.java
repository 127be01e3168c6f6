package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import audiobook.testing.Epubs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The EPUB 3 with media overlays, packaged from a small manifest and short MP3s. */
class EpubPackagerTest {

    @TempDir
    Path dir;

    static final Instant MODIFIED = Instant.parse("2026-12-02T06:00:00Z");
    static final String AWKWARD = "Tom & Jerry said <hello> \"there\" \u0007and left.";

    /** Two chapters of 4 and 6 segments, 2 s of speech and 0.5 s of pause each, from 0.9 s. */
    static BookManifest manifest() {
        List<BookManifest.ChapterEntry> chapters = new ArrayList<>();
        for (int number = 1; number <= 2; number++) {
            List<BookManifest.SegmentEntry> segments = new ArrayList<>();
            int count = number == 1 ? 4 : 6;
            for (int i = 0; i < count; i++) {
                long start = 900 + i * 2500L;
                String text = i == 0 ? "Chapter " + number : i == 2 ? AWKWARD : "Sentence " + i + ".";
                String pause = i == 0 ? "title" : i == count - 1 ? "end" : i == 3 ? "scene" : "sentence";
                segments.add(new BookManifest.SegmentEntry(i, text, text, "narrator", start, start + 2000, pause, Map.of(),
                        i == 0 ? "title" : "text"));
            }
            long duration = segments.get(count - 1).endMs() + 3000;
            chapters.add(new BookManifest.ChapterEntry(number, "Chapter " + number + " & more",
                    String.format("%02d Chapter %d.wav", number, number), null, null, duration, -18.0, -1.1, segments));
        }
        return new BookManifest(1, "A <Test> Book", "T. Author", "wind", 1, null,
                chapters.stream().mapToLong(BookManifest.ChapterEntry::durationMs).sum(), chapters);
    }

    Map<Integer, Path> fakeMp3s() throws Exception {
        Files.write(dir.resolve("1.mp3"), new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0});
        Files.write(dir.resolve("2.mp3"), new byte[] {(byte) 0xFF, (byte) 0xFB, 0x10, 0});
        return Map.of(1, dir.resolve("1.mp3"), 2, dir.resolve("2.mp3"));
    }

    Path cover() throws Exception {
        Path cover = dir.resolve("cover.png");
        ImageIO.write(new BufferedImage(60, 90, BufferedImage.TYPE_INT_RGB), "png", cover.toFile());
        return cover;
    }

    @Test
    void onePerSegmentParPointsAtItsSentenceWithTheManifestsClip() throws Exception {
        Path epub = dir.resolve("book.epub");
        BookManifest manifest = manifest();
        EpubPackager.write(epub, manifest, fakeMp3s(), cover(), MODIFIED);
        Epubs.assertOverlaysMatch(epub, manifest, 10);
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            Document xhtml = parse(Epubs.entry(epub, "EPUB/text/" + EpubPackager.name(c) + ".xhtml"));
            for (BookManifest.SegmentEntry s : c.segments()) {
                Element span = byId(xhtml, "s" + s.index());
                assertEquals(s.text().replace("\u0007", ""), span.getTextContent(), "the sentence's text, escaped as XML");
            }
        }
        String smil = Epubs.entry(epub, "EPUB/overlays/chapter-001.smil");
        assertTrue(smil.contains("clipBegin=\"0:00:00.900\" clipEnd=\"0:00:03.400\""), smil);
        assertTrue(smil.contains("src=\"../audio/chapter-001.mp3\""));
    }

    @Test
    void packageHasDurationsActiveClassNavCoverAndMetadata() throws Exception {
        Path epub = dir.resolve("book.epub");
        BookManifest manifest = manifest();
        EpubPackager.write(epub, manifest, fakeMp3s(), cover(), MODIFIED);
        String opf = Epubs.entry(epub, "EPUB/package.opf");
        Matcher m = Pattern.compile("<meta property=\"media:duration\" refines=\"#([^\"]+)\">([^<]+)</meta>").matcher(opf);
        long sum = 0;
        int overlays = 0;
        while (m.find()) {
            overlays++;
            sum += Epubs.clockMs(m.group(2));
        }
        assertEquals(2, overlays, "a duration per overlay");
        // chapter 1: clips from 0.9 s to its end, 0.9 + 3 * 2.5 + 2 + 3 = 13.4 s
        assertEquals(13_400 - 900, Epubs.clockMs(find(opf, "refines=\"#chapter-001-overlay\">([^<]+)<")));
        assertEquals(sum, Epubs.clockMs(find(opf, "<meta property=\"media:duration\">([^<]+)<")), "the book's is their sum");
        assertEquals(EpubPackager.ACTIVE_CLASS, find(opf, "<meta property=\"media:active-class\">([^<]+)<"));
        assertTrue(Epubs.entry(epub, "EPUB/css/book.css").contains("." + EpubPackager.ACTIVE_CLASS + " {"), "and it is styled");
        assertTrue(opf.contains("<dc:title>A &lt;Test&gt; Book</dc:title>") && opf.contains(">T. Author</dc:creator>")
                && opf.contains("<dc:language>en</dc:language>") && opf.contains(">2026-12-02T06:00:00Z</meta>"), opf);
        assertTrue(opf.contains("href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\""), opf);
        String nav = Epubs.entry(epub, "EPUB/nav.xhtml");
        assertTrue(nav.contains("<a href=\"text/chapter-002.xhtml\">Chapter 2 &amp; more</a>"), nav);
        parse(nav);
        assertEquals("application/epub+zip", Epubs.entry(epub, "mimetype"));
        assertEquals(EpubPackager.identifier(manifest), EpubPackager.identifier(manifest()), "the identifier is stable");
    }

    @Test
    void creditsAreAParagraphOfTheirOwnAndTheTitleAHeading() throws Exception {
        List<BookManifest.SegmentEntry> segments = List.of(
                new BookManifest.SegmentEntry(0, "A Book, by A. Writer.", "", "narrator", 900, 3000, "sentence", Map.of(), "credits"),
                new BookManifest.SegmentEntry(1, "Chapter One", "", "narrator", 3500, 4500, "title", Map.of(), "title"),
                new BookManifest.SegmentEntry(2, "It began.", "", "narrator", 5500, 6500, "end", Map.of(), "text"));
        String xhtml = EpubPackager.chapter(new BookManifest.ChapterEntry(1, "Chapter One", "01.wav", null, null, 9000,
                -18.0, -1.1, segments));
        assertTrue(xhtml.contains("<p class=\"credits\"><span id=\"s0\">A Book, by A. Writer.</span></p>\n"
                + "<h1><span id=\"s1\">Chapter One</span></h1>\n<p><span id=\"s2\">It began.</span></p>"), xhtml);
        parse(xhtml);
    }

    @Test
    void aChapterWithoutItsMp3IsAnErrorNamingIt() throws Exception {
        Map<Integer, Path> one = Map.of(1, fakeMp3s().get(1));
        var e = assertThrows(java.io.IOException.class,
                () -> EpubPackager.write(dir.resolve("book.epub"), manifest(), one, null, MODIFIED));
        assertTrue(e.getMessage().contains("chapter 2"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("book.epub")));
    }

    /** epubcheck, the EPUB validator, on an EPUB packaged from short MP3s that ffmpeg makes. */
    @Test
    void epubcheckFindsNoErrorsOrWarnings() throws Exception {
        assumeTrue(ExternalTool.onPath("ffmpeg", "-version"), "ffmpeg not on PATH: no MP3s to package (apt-get install ffmpeg)");
        assumeTrue(Epubs.epubcheckAvailable(), Epubs.MISSING);
        BookManifest manifest = manifest();
        Map<Integer, Path> mp3s = new java.util.HashMap<>();
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            Path mp3 = dir.resolve(c.number() + ".mp3");
            ExternalTool.run(dir, "ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "sine=frequency=220:sample_rate=44100",
                    "-t", String.valueOf(c.durationMs() / 1000.0), "-c:a", "libmp3lame", "-b:a", "64k", mp3.toString());
            mp3s.put(c.number(), mp3);
        }
        Path epub = dir.resolve("book.epub");
        EpubPackager.write(epub, manifest, mp3s, cover(), MODIFIED);
        Epubs.Check check = Epubs.epubcheck(epub);
        assertTrue(check.clean(), check.output());
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return m.group(1);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Document doc, String id) {
        var all = doc.getElementsByTagNameNS("*", "span");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }
}
