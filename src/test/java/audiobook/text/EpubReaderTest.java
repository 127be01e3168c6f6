package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.text.EpubBuilder.NavPoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUBs built in the tests: EPUB 3 with a nav, EPUB 2 with an NCX, front matter, covers, broken books. */
class EpubReaderTest {

    @TempDir
    Path dir;

    static final String P1 = "The lamp was lit at dusk, as it had been every night for a hundred years, and the keeper"
            + " climbed the stair with his oil can.";
    static final String P2 = "Below him the sea turned over in its sleep.";
    static final String P3 = "In the morning a boat came out from the harbour with a girl at the oars, rowing hard"
            + " against the tide.";
    static final String P4 = "She tied up at the iron ring and called to him.";

    private Manuscript read(EpubBuilder book) throws IOException {
        return StoryReader.read(book.write(dir.resolve("book.epub")), new StoryParser(0));
    }

    private String error(EpubBuilder book) throws IOException {
        Path file = book.write(dir.resolve("broken.epub"));
        AudiobookException e = assertThrows(AudiobookException.class, () -> StoryReader.read(file, new StoryParser(0)));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        return e.getMessage();
    }

    private static List<String> titles(Manuscript m) {
        return m.chapters().stream().map(Chapter::title).toList();
    }

    private static List<String> texts(Chapter c) {
        return c.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static String narrated(Manuscript m) {
        return String.join("\n", m.chapters().stream().flatMap(c -> c.paragraphs().stream()).map(Paragraph::text).toList());
    }

    @Test
    void epub3ChaptersAndTitlesComeFromTheNavAndTheMetadataNamesTheBook() throws IOException {
        Manuscript m = read(EpubBuilder.epub3().title("The Lantern").creator("Ann Lee", "aut").language("en-GB")
                .doc("ch1", "<section><h1>Chapter 1: The Lamp</h1><p>" + P1 + "</p><p><em>Below</em> him the sea "
                        + "turned over in its <b>sleep</b>.</p></section>")
                .doc("ch2", "<h2>Chapter 2</h2><h3>The Boat</h3><p>" + P3 + "</p><hr/><p>" + P4 + "</p>")
                .toc("Chapter 1: The Lamp", "text/ch1.xhtml").toc("Chapter 2: The Boat", "text/ch2.xhtml"));
        assertEquals("The Lantern", m.info().title());
        assertEquals("Ann Lee", m.info().author());
        assertEquals("en-GB", m.info().language());
        assertEquals(List.of("Chapter 1: The Lamp", "Chapter 2: The Boat"), titles(m));
        assertEquals(List.of(P1, P2), texts(m.chapters().get(0)), "the heading is not narrated twice; emphasis vanishes");
        assertEquals(List.of(P3, P4), texts(m.chapters().get(1)));
        assertFalse(m.chapters().get(1).paragraphs().get(0).opensScene());
        assertTrue(m.chapters().get(1).paragraphs().get(1).opensScene(), "<hr/> is a scene break");
        assertTrue(m.warnings().isEmpty(), m.warnings().toString());
        assertEquals("", m.frontMatter());
    }

    @Test
    void epub2SplitsADocumentAtItsNavPointsAndUnnamedDocumentsJoinTheChapterBefore() throws IOException {
        Manuscript m = read(EpubBuilder.epub2().title("Two Tales").creator("Ann Lee", "aut").creator("Bo Ek", null)
                .creator("Cy Dunn", "ill")
                .doc("tales", "<div id=\"one\"><h2>I. The Lamp</h2><p>" + P1 + "</p></div>"
                        + "<div><h2 id=\"two\">II. The Boat</h2><p>" + P3 + "</p></div>")
                .doc("more", "<p>" + P4 + "</p>")
                .toc("I. The Lamp", "text/tales.xhtml#one").toc("II. The Boat", "text/tales.xhtml#two"));
        assertEquals("Ann Lee and Bo Ek", m.info().author(), "the illustrator is not an author");
        assertEquals(List.of("I. The Lamp", "II. The Boat"), titles(m));
        assertEquals(List.of(P1), texts(m.chapters().get(0)));
        assertEquals(List.of(P3, P4), texts(m.chapters().get(1)), "a document no entry names joins the chapter before");
    }

    @Test
    void nestedEntriesAreChaptersAndAPartWithNothingOfItsOwnLendsItsTitle() throws IOException {
        Manuscript m = read(EpubBuilder.epub3()
                .doc("part1", "<h1>Part One</h1>")
                .doc("ch1", "<h2>The Lamp</h2><p>" + P1 + "</p>")
                .doc("ch2", "<h2>The Boat</h2><p>" + P3 + "</p>")
                .doc("ch3", "<p>" + P4 + "</p>")
                .toc(new NavPoint("Part One", "text/part1.xhtml", List.of(new NavPoint("The Lamp", "text/ch1.xhtml"),
                        new NavPoint("The Boat", "text/ch2.xhtml"))))
                .toc(new NavPoint("Part Two", null, List.of(new NavPoint("The Ring", "text/ch3.xhtml")))));
        assertEquals(List.of("Part One. The Lamp", "The Boat", "Part Two. The Ring"), titles(m));
    }

    @Test
    void aHeadingThatSaysMoreThanTheEntryBecomesTheTitleAndOneThatSaysSomethingElseIsRead() throws IOException {
        Manuscript m = read(EpubBuilder.epub3()
                .doc("ch1", "<h2>Chapter I</h2><h3>The Lamp</h3><p>" + P1 + "</p>")
                .doc("ch2", "<h2>An Interlude</h2><p>" + P3 + "</p>")
                .doc("ch3", "<h2>CHAPTER THREE</h2><p>" + P4 + "</p>")
                .toc("I", "text/ch1.xhtml").toc("Chapter 2", "text/ch2.xhtml").toc("Chapter 3", "text/ch3.xhtml"));
        assertEquals(List.of("Chapter I. The Lamp", "Chapter 2", "Chapter 3"), titles(m));
        assertEquals(List.of("An Interlude", P3), texts(m.chapters().get(1)), "every word is read once");
        assertEquals(List.of(P4), texts(m.chapters().get(2)), "'CHAPTER THREE' says what 'Chapter 3' says");
    }

    @Test
    void frontAndBackMatterAreLeftOutListedAndTheCoverTaken() throws IOException {
        byte[] png = EpubBuilder.png();
        Manuscript m = read(EpubBuilder.epub3().title("The Lantern").creator("Ann Lee", null).cover(png, "image/png")
                .navInSpine()
                .doc("cover", "<body epub:type=\"cover\"><img src=\"../images/cover.png\" alt=\"The Lantern\"/></body>")
                .doc("title", "<section epub:type=\"titlepage\"><h1>The Lantern</h1><p>Ann Lee</p></section>")
                .doc("copyright", "<section epub:type=\"copyright-page\"><p>Copyright 2024 Ann Lee. All rights reserved."
                        + "</p></section>")
                .doc("ch1", "<h1>The Lamp</h1><p>" + P1 + "</p>")
                .doc("ch2", "<h1>The Boat</h1><p>" + P3 + "</p>")
                .doc("about", "<h1>About the Author</h1><p>Ann Lee lives by the sea.</p>")
                .doc("index", "<h1>Index</h1><p>lamp, 1; boat, 2</p>")
                .toc("Cover", "text/cover.xhtml").toc("The Lantern", "text/title.xhtml")
                .toc("The Lamp", "text/ch1.xhtml").toc("The Boat", "text/ch2.xhtml")
                .toc("About the Author", "text/about.xhtml").toc("Index", "text/index.xhtml")
                .landmark("bodymatter", "text/ch1.xhtml"));
        assertEquals(List.of("The Lamp", "The Boat", "About the Author"), titles(m));
        String text = narrated(m);
        assertFalse(text.contains("Copyright") || text.contains("boat, 2") || text.contains("Contents"), text);
        assertEquals("The Lantern\n\nAnn Lee\n\nCopyright 2024 Ann Lee. All rights reserved.", m.frontMatter());
        assertEquals("image/png", m.info().cover().mediaType());
        assertArrayEquals(png, m.info().cover().bytes());
        String warning = String.join("\n", m.warnings());
        for (String listed : List.of("table of contents (nav.xhtml)", "cover (cover.xhtml)", "title page (title.xhtml)",
                "copyright page (copyright.xhtml)", "index (index.xhtml)")) {
            assertTrue(warning.contains(listed), listed + " in " + warning);
        }
    }

    @Test
    void epub2GuideNamesTheMatterAndMetaCoverTheCover() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        Manuscript m = read(EpubBuilder.epub2().cover(jpeg, "image/jpeg")
                .doc("titlepage", "<div><img src=\"../images/cover.jpg\" alt=\"cover\"/></div>")
                .doc("colophon", "<p>Set in Caslon by the Lantern Press of Falmouth, and printed on recycled paper.</p>")
                .doc("contents", "<p><a href=\"ch1.xhtml\">The Lamp</a></p>")
                .doc("ch1", "<h1>The Lamp</h1><p>" + P1 + "</p>")
                .guide("cover", "text/titlepage.xhtml").guide("toc", "text/contents.xhtml")
                .guide("colophon", "text/colophon.xhtml").guide("text", "text/ch1.xhtml")
                .toc("The Lamp", "text/ch1.xhtml"));
        assertEquals(List.of("The Lamp"), titles(m));
        assertEquals(List.of(P1), texts(m.chapters().get(0)));
        assertEquals("image/jpeg", m.info().cover().mediaType());
        assertTrue(m.warnings().get(0).contains("cover (titlepage.xhtml), colophon (colophon.xhtml), "
                + "table of contents (contents.xhtml)"), m.warnings().toString());
    }

    @Test
    void aProjectGutenbergBookLosesItsHeaderLicenceTitlePageContentsPageNumbersAndNotes() throws IOException {
        Manuscript m = read(EpubBuilder.epub3().title("The Lantern").creator("Ann Lee", null)
                .doc("pg-0", "<section class=\"pg-boilerplate pgheader\" id=\"pg-header\" lang=\"en\"><h2 id=\"pg-header-"
                        + "heading\">The Project Gutenberg eBook of <span>The Lantern</span></h2><div>This ebook is for the use "
                        + "of anyone anywhere in the United States and most other parts of the world at no cost.</div>"
                        + "<div id=\"pg-start-separator\"><span>*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN ***"
                        + "</span></div></section><div class=\"fig\"><img alt=\"cover.jpg (156K)\" src=\"c.jpg\"/></div>"
                        + "<h1 id=\"pgepubid00000\">THE LANTERN</h1><div class=\"ph2\">BY ANN LEE</div>"
                        + "<h2 id=\"pgepubid00001\">CONTENTS</h2><table><tr><td><a href=\"pg-1.xhtml#chap01\">CHAPTER I. The"
                        + " Lamp</a></td></tr></table>")
                .doc("pg-1", "<div class=\"chapter\"><h2><a id=\"chap01\"/>CHAPTER I.<br/>The Lamp</h2><p><span class="
                        + "\"pagenum\"><a id=\"Page_1\">[Pg 1]</a></span>" + P1 + " <a id=\"FNanchor_1\" href=\"#Footnote_1\""
                        + " class=\"fnanchor\">[1]</a></p><div class=\"footnote\"><p><a id=\"Footnote_1\" href=\"#FNanchor_1\""
                        + " class=\"label\">[1]</a> The lamp burned colza oil.</p></div><hr class=\"chap\"/></div>"
                        + "<div class=\"chapter\"><h2><a id=\"chap02\"/>CHAPTER II.<br/>The Boat</h2><p>" + P3 + "</p>"
                        + "<p class=\"center\">* * * * *</p><p>" + P4 + "</p></div>"
                        + "<section class=\"pg-boilerplate pgheader\" id=\"pg-footer\"><div id=\"pg-end-separator\">*** END "
                        + "OF THE PROJECT GUTENBERG EBOOK THE LANTERN ***</div><h2>THE FULL PROJECT GUTENBERG LICENSE</h2>"
                        + "<p>PLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK.</p></section>")
                .toc("THE LANTERN", "text/pg-0.xhtml#pgepubid00000").toc("CONTENTS", "text/pg-0.xhtml#pgepubid00001")
                .toc("CHAPTER I. The Lamp", "text/pg-1.xhtml#chap01").toc("CHAPTER II. The Boat", "text/pg-1.xhtml#chap02")
                .toc("THE FULL PROJECT GUTENBERG LICENSE", "text/pg-1.xhtml#pg-footer"));
        assertEquals(List.of("CHAPTER I. The Lamp", "CHAPTER II. The Boat"), titles(m));
        assertEquals(List.of(P1), texts(m.chapters().get(0)));
        assertEquals(List.of(P3, P4), texts(m.chapters().get(1)));
        assertTrue(m.chapters().get(1).paragraphs().get(1).opensScene());
        assertEquals("THE LANTERN\n\nBY ANN LEE", m.frontMatter());
        assertEquals(List.of("book.epub: not narrated: Project Gutenberg header (pg-0.xhtml), Project Gutenberg licence "
                + "(pg-1.xhtml), title page (pg-0.xhtml), table of contents (pg-0.xhtml), 1 image, 1 table, 1 note"),
                m.warnings());
    }

    @Test
    void aTitleMadeFromAGutenbergPageCaptionNamesTheBookAndItsAuthor() throws IOException {
        Manuscript m = read(EpubBuilder.epub3().title("The Project Gutenberg eBook of The Lantern, by Ann Lee")
                .doc("ch1", "<h1>The Lamp</h1><p>" + P1 + "</p>").toc("The Lamp", "text/ch1.xhtml"));
        assertEquals("The Lantern", m.info().title());
        assertEquals("Ann Lee", m.info().author());
    }

    @Test
    void notesAreNotReadInMidSentenceAndPageNumbersNever() throws IOException {
        Manuscript m = read(EpubBuilder.epub3()
                .doc("ch1", "<h1>The Lamp</h1>"
                        + "<p>The lamp was lit<a epub:type=\"noteref\" href=\"#n1\">1</a> at dusk<span epub:type=\"pagebreak\""
                        + " id=\"p7\" title=\"7\">7</span> and the keeper<sup><a href=\"notes.xhtml#n2\">[2]</a></sup> "
                        + "climbed.<span class=\"pagenum\">[Pg 8]</span></p>"
                        + "<aside epub:type=\"footnote\" id=\"n1\"><p>Oil lamps were used until 1921.</p></aside>"
                        + "<div class=\"footnote\"><p>Another note.</p></div>"
                        + "<p>The <span style=\"display: none\">hidden </span>sea <ruby>slept<rt>zzz</rt></ruby>.</p>")
                .toc("The Lamp", "text/ch1.xhtml"));
        assertEquals(List.of("The lamp was lit at dusk and the keeper climbed.", "The sea slept."),
                texts(m.chapters().get(0)));
        assertTrue(m.warnings().get(0).endsWith("not narrated: 2 notes"), m.warnings().toString());
    }

    @Test
    void ornamentalSeparatorsAreSceneBreaksAndListsQuotesAndDivsAreParagraphs() throws IOException {
        Manuscript m = read(EpubBuilder.epub3()
                .doc("ch1", "<h1>The Lamp</h1><p>" + P1 + "</p><p class=\"center\">* * *</p><p>" + P2 + "</p>"
                        + "<p>\u2042</p><blockquote><p>" + P3 + "</p></blockquote><div class=\"scenebreak\"></div>"
                        + "<ul><li>One lamp.</li><li>Two boats.</li></ul><div>Plain div text.<br/>A second line.</div>"
                        + "<table><tr><td>Tide</td><td>6:00</td></tr></table>"
                        + "<p><img src=\"d.png\" alt=\"T\"/>he drop capital stays. <img src=\"gull.png\" alt=\"a gull\"/></p>")
                .toc("The Lamp", "text/ch1.xhtml"));
        List<Paragraph> ps = m.chapters().get(0).paragraphs();
        assertEquals(List.of(P1, P2, P3, "One lamp.", "Two boats.", "Plain div text. A second line.",
                "The drop capital stays."), ps.stream().map(Paragraph::text).toList());
        assertEquals(List.of(false, true, true, true, false, false, false),
                ps.stream().map(Paragraph::opensScene).toList());
        assertTrue(m.warnings().get(0).endsWith("not narrated: 1 table, 1 image"), m.warnings().toString());
    }

    @Test
    void everyWordOfTheBodyIsNarratedOnceInOrder() throws IOException {
        StringBuilder body = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        String[] words = {"lamp", "sea", "keeper", "\u201Cgull,\u201D", "tide.", "Rock", "oil;", "night", "(stair)", "3", "—",
            "isn't", "A.", "Mr.", "...", "storm!"};
        for (int p = 0; p < 60; p++) {
            StringBuilder para = new StringBuilder();
            for (int w = 0; w < 5 + random.nextInt(40); w++) {
                para.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            String tag = List.of("p", "div", "li", "blockquote", "dd").get(p % 5);
            String html = para.toString().replace("lamp", "<em>lamp</em>").replace("sea", "<span>s</span>ea");
            body.append("<").append(tag).append(">").append(html).append("</").append(tag).append(">\n");
            expected.append(para).append(' ');
        }
        Manuscript m = read(EpubBuilder.epub3().doc("ch1", body.toString()).toc("One", "text/ch1.xhtml"));
        assertEquals(Words.of(expected.toString()), Words.of(narrated(m)));
    }

    @Test
    void withoutATableOfContentsTheHeadingsGiveTheChapters() throws IOException {
        Manuscript m = read(EpubBuilder.epub3().omit("OEBPS/nav.xhtml")
                .doc("ch1", "<h1>The Lamp</h1><p>" + P1 + "</p>").doc("ch2", "<h1>The Boat</h1><p>" + P3 + "</p>")
                .replace("OEBPS/content.opf", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <package xmlns="http://www.idpf.org/2007/opf" version="3.0">
                          <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Lantern</dc:title></metadata>
                          <manifest>
                            <item id="ch1" href="text/ch1.xhtml" media-type="application/xhtml+xml"/>
                            <item id="ch2" href="text/ch2.xhtml" media-type="application/xhtml+xml"/>
                          </manifest>
                          <spine><itemref idref="ch1"/><itemref idref="ch2"/></spine>
                        </package>
                        """));
        assertEquals(List.of("The Lamp", "The Boat"), titles(m));
        assertEquals("The Lantern", m.info().title());
        assertNull(m.info().author());
    }

    @Test
    void anEpubIsReadWhateverItsFileIsCalled() throws IOException {
        Path file = EpubBuilder.epub3().doc("ch1", "<h1>The Lamp</h1><p>" + P1 + "</p>").toc("The Lamp", "text/ch1.xhtml")
                .write(dir.resolve("book.txt"));
        assertEquals(List.of("The Lamp"), titles(StoryReader.read(file, new StoryParser(0))));
    }

    @Test
    void htmlEntitiesOfXhtml11AndOtherEncodingsParse() throws IOException {
        Manuscript m = read(EpubBuilder.epub2().doc("ch1", "x").toc("The Lamp", "text/ch1.xhtml")
                .replace("OEBPS/text/ch1.xhtml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC "
                        + "\"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">\n<html xmlns="
                        + "\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body><p>Caf&eacute;&nbsp;noir "
                        + "&amp; &mdash; &#8220;tea&#x201D;.</p></body></html>"));
        assertEquals(List.of("Caf\u00e9 noir & \u2014 \u201Ctea\u201D."), texts(m.chapters().get(0)));
    }

    // ---- broken books

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("book.epub"), "Once upon a time.");
        AudiobookException e = assertThrows(AudiobookException.class, () -> StoryReader.read(file, new StoryParser(0)));
        assertTrue(e.getMessage().contains("is not an EPUB: not a zip archive"), e.getMessage());
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] whole = EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").toc("One", "text/ch1.xhtml").bytes();
        Path file = Files.write(dir.resolve("cut.epub"), Arrays.copyOf(whole, whole.length - 40));
        AudiobookException e = assertThrows(AudiobookException.class, () -> StoryReader.read(file, new StoryParser(0)));
        assertTrue(e.getMessage().contains("not a zip archive, or a damaged one"), e.getMessage());
    }

    @Test
    void drmIsRefused() throws IOException {
        String message = error(EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").toc("One", "text/ch1.xhtml")
                .file("META-INF/encryption.xml", """
                        <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                                    xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                          <enc:EncryptedData>
                            <enc:EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/>
                            <enc:CipherData><enc:CipherReference URI="OEBPS/text/ch1.xhtml"/></enc:CipherData>
                          </enc:EncryptedData>
                        </encryption>
                        """));
        assertTrue(message.contains("is protected by DRM"), message);
    }

    @Test
    void obfuscatedFontsAreNotDrm() throws IOException {
        Manuscript m = read(EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").toc("One", "text/ch1.xhtml")
                .file("META-INF/encryption.xml", """
                        <encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container"
                                    xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
                          <enc:EncryptedData>
                            <enc:EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/>
                            <enc:CipherData><enc:CipherReference URI="OEBPS/fonts/Caslon.otf"/></enc:CipherData>
                          </enc:EncryptedData>
                        </encryption>
                        """));
        assertEquals(List.of("One"), titles(m));
    }

    @Test
    void aZipWithoutAContainerIsRefused() throws IOException {
        String message = error(EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").omit("META-INF/container.xml"));
        assertTrue(message.contains("is not an EPUB: it has no META-INF/container.xml"), message);
    }

    @Test
    void aMissingPackageDocumentIsRefused() throws IOException {
        String message = error(EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").omit("OEBPS/content.opf"));
        assertTrue(message.contains("the package document (OEBPS/content.opf) is missing from the archive"), message);
    }

    @Test
    void aBookWithoutASpineIsRefused() throws IOException {
        String message = error(EpubBuilder.epub3().replace("OEBPS/content.opf", """
                <?xml version="1.0"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/><manifest/><spine/></package>
                """));
        assertTrue(message.contains("OEBPS/content.opf has no spine"), message);
    }

    @Test
    void xhtmlThatDoesNotParseIsRefusedWithTheLine() throws IOException {
        String message = error(EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").toc("One", "text/ch1.xhtml")
                .replace("OEBPS/text/ch1.xhtml", "<?xml version=\"1.0\"?>\n<html>\n<body>\n<p>Unclosed <em>tag</p>\n</body></html>"));
        assertTrue(message.contains("OEBPS/text/ch1.xhtml is not well-formed XML (line 4:"), message);
    }

    @Test
    void aSpineItemMissingFromTheArchiveIsRefused() throws IOException {
        String message = error(EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").toc("One", "text/ch1.xhtml")
                .omit("OEBPS/text/ch1.xhtml"));
        assertTrue(message.contains("the spine item \"ch1\" (OEBPS/text/ch1.xhtml) is missing from the archive"), message);
    }

    @Test
    void aBookWithNoTextIsRefused() throws IOException {
        String message = error(EpubBuilder.epub3().doc("cover", "<body epub:type=\"cover\"><img src=\"c.png\" alt=\"\"/></body>"));
        assertTrue(message.contains("holds no text to narrate (cover (cover.xhtml) only)"), message);
    }

    @Test
    void aHugeEntryIsRefusedWithoutBeingHeldInMemory() throws IOException {
        byte[] book = EpubBuilder.epub3().doc("ch1", "<p>" + P1 + "</p>").toc("One", "text/ch1.xhtml").bytes();
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(book));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] data = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("OEBPS/text/ch1.xhtml")) {
                    out.write(data, 0, data.length - "</html>\n".length());
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < EpubArchive.MAX_ENTRY_MIB + 1; i++) {
                        out.write(spaces);
                    }
                    out.write("</html>\n".getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(data);
                }
                out.closeEntry();
            }
        }
        assertTrue(bomb.size() < 1 << 20, "the bomb is small: " + bomb.size());
        Path file = Files.write(dir.resolve("bomb.epub"), bomb.toByteArray());
        AudiobookException e = assertThrows(AudiobookException.class, () -> StoryReader.read(file, new StoryParser(0)));
        assertTrue(e.getMessage().contains("OEBPS/text/ch1.xhtml is larger than 64 MiB uncompressed"), e.getMessage());
    }
}
