package audiobook.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * {@code <slug>.epub}: the book as an EPUB 3 with Media Overlays, so a reading system (Thorium,
 * Apple Books) reads the text aloud from the chapter MP3s and highlights each sentence as it is
 * spoken. Per chapter: an XHTML content document with {@code id="sN"} on segment N (the ids of the
 * read-along page), a SMIL overlay with one {@code par} per segment, and the chapter's MP3. A
 * segment's clip begins at its {@code start_ms} and runs to the next segment's {@code start_ms}
 * (the last one's to the chapter's end), so the pauses between sentences are played, not skipped.
 * The package carries the title, author, language, a stable identifier, the cover when there is
 * one, {@code media:duration} per overlay and for the book, and {@code media:active-class}.
 */
public final class EpubPackager {

    /** The class reading systems put on the sentence being read; {@code book.css} styles it. */
    public static final String ACTIVE_CLASS = "-epub-media-overlay-active";

    private EpubPackager() {
    }

    /**
     * Writes the EPUB atomically.
     *
     * @param mp3s     each manifest chapter's MP3, by chapter number
     * @param cover    the cover image (JPEG, PNG, GIF, WebP or SVG), or null
     * @param modified the package's last-modified time
     */
    public static void write(Path target, BookManifest manifest, Map<Integer, Path> mp3s, Path cover, Instant modified)
            throws IOException {
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            if (!mp3s.containsKey(c.number()) || !Files.isRegularFile(mp3s.get(c.number()))) {
                throw new IOException("cannot write " + target + ": chapter " + c.number() + " has no MP3 to read along with");
            }
        }
        Instant time = modified.truncatedTo(ChronoUnit.SECONDS);
        AtomicFiles.write(target, out -> {
            EpubZip zip = new EpubZip(out, time);
            zip.mimetype();
            zip.text("META-INF/container.xml", container());
            zip.text("EPUB/package.opf", opf(manifest, cover, time));
            zip.text("EPUB/nav.xhtml", nav(manifest, cover != null));
            zip.text("EPUB/css/book.css", css());
            if (cover != null) {
                zip.text("EPUB/text/cover.xhtml", coverPage(manifest, coverName(cover)));
                zip.file("EPUB/images/" + coverName(cover), cover);
            }
            for (BookManifest.ChapterEntry c : manifest.chapters()) {
                zip.text("EPUB/text/" + name(c) + ".xhtml", chapter(c));
                zip.text("EPUB/overlays/" + name(c) + ".smil", overlay(c));
                zip.file("EPUB/audio/" + name(c) + ".mp3", mp3s.get(c.number()));
            }
            zip.finish();
        });
    }

    // ---- the clips ---------------------------------------------------------------------------------

    /** A segment's clip in its chapter's MP3, in milliseconds. */
    record Clip(String id, long beginMs, long endMs) {
    }

    /** One clip per segment: from its start to the next one's start, the last to the chapter's end. */
    static List<Clip> clips(BookManifest.ChapterEntry chapter) {
        List<BookManifest.SegmentEntry> segments = chapter.segments();
        List<Clip> clips = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            BookManifest.SegmentEntry s = segments.get(i);
            long end = i + 1 < segments.size() ? segments.get(i + 1).startMs() : Math.max(s.endMs(), chapter.durationMs());
            clips.add(new Clip(id(s), s.startMs(), Math.max(end, s.endMs())));
        }
        return clips;
    }

    /** The overlay's duration: the sum of its clips (contiguous, so from the first begin to the last end). */
    static long overlayMs(BookManifest.ChapterEntry chapter) {
        return clips(chapter).stream().mapToLong(c -> c.endMs() - c.beginMs()).sum();
    }

    /** A SMIL full clock value, {@code H:MM:SS.mmm}. */
    static String clock(long ms) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    // ---- the documents ---------------------------------------------------------------------------

    static String name(BookManifest.ChapterEntry c) {
        return String.format(Locale.ROOT, "chapter-%03d", c.number());
    }

    static String id(BookManifest.SegmentEntry s) {
        return "s" + s.index();
    }

    private static String coverName(Path cover) {
        return "cover" + extension(cover);
    }

    private static String extension(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot).toLowerCase(Locale.ROOT);
    }

    static String imageType(Path image) {
        return switch (extension(image)) {
            case ".jpg", ".jpeg" -> "image/jpeg";
            case ".png" -> "image/png";
            case ".gif" -> "image/gif";
            case ".webp" -> "image/webp";
            case ".svg" -> "image/svg+xml";
            default -> throw new IllegalArgumentException(image + ": not a JPEG, PNG, GIF, WebP or SVG cover");
        };
    }

    /** A stable identifier: the same book (title and author) keeps it from build to build. */
    static String identifier(BookManifest m) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("audiobook\n" + m.title() + "\n" + m.author())
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String container() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """;
    }

    static String opf(BookManifest m, Path cover, Instant modified) {
        StringBuilder x = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="en">
                  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                """);
        x.append("    <dc:identifier id=\"uid\">").append(identifier(m)).append("</dc:identifier>\n");
        x.append("    <dc:title>").append(xml(m.title())).append("</dc:title>\n");
        if (m.author() != null && !m.author().isBlank()) {
            x.append("    <dc:creator id=\"author\">").append(xml(m.author())).append("</dc:creator>\n");
            x.append("    <meta refines=\"#author\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n");
        }
        x.append("    <dc:language>en</dc:language>\n");
        x.append("    <meta property=\"dcterms:modified\">").append(modified).append("</meta>\n");
        long total = 0;
        for (BookManifest.ChapterEntry c : m.chapters()) {
            long ms = overlayMs(c);
            total += ms;
            x.append("    <meta property=\"media:duration\" refines=\"#").append(name(c)).append("-overlay\">")
                    .append(clock(ms)).append("</meta>\n");
        }
        x.append("    <meta property=\"media:duration\">").append(clock(total)).append("</meta>\n");
        x.append("    <meta property=\"media:active-class\">").append(ACTIVE_CLASS).append("</meta>\n");
        x.append("    <meta property=\"media:narrator\">FreeTTS kevin16 (synthetic voice)</meta>\n");
        for (String mode : List.of("textual", "auditory")) {
            x.append("    <meta property=\"schema:accessMode\">").append(mode).append("</meta>\n");
            x.append("    <meta property=\"schema:accessModeSufficient\">").append(mode).append("</meta>\n");
        }
        x.append("    <meta property=\"schema:accessibilityFeature\">synchronizedAudioText</meta>\n");
        x.append("    <meta property=\"schema:accessibilityFeature\">tableOfContents</meta>\n");
        x.append("    <meta property=\"schema:accessibilityHazard\">none</meta>\n");
        x.append("    <meta property=\"schema:accessibilitySummary\">The full text of the book with synthesised "
                + "narration; each sentence is highlighted as it is read.</meta>\n");
        x.append("  </metadata>\n  <manifest>\n");
        x.append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        x.append("    <item id=\"css\" href=\"css/book.css\" media-type=\"text/css\"/>\n");
        if (cover != null) {
            x.append("    <item id=\"cover-image\" href=\"images/").append(coverName(cover)).append("\" media-type=\"")
                    .append(imageType(cover)).append("\" properties=\"cover-image\"/>\n");
            x.append("    <item id=\"cover\" href=\"text/cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        }
        for (BookManifest.ChapterEntry c : m.chapters()) {
            String n = name(c);
            x.append("    <item id=\"").append(n).append("\" href=\"text/").append(n)
                    .append(".xhtml\" media-type=\"application/xhtml+xml\" media-overlay=\"").append(n).append("-overlay\"/>\n");
            x.append("    <item id=\"").append(n).append("-overlay\" href=\"overlays/").append(n)
                    .append(".smil\" media-type=\"application/smil+xml\"/>\n");
            x.append("    <item id=\"").append(n).append("-audio\" href=\"audio/").append(n)
                    .append(".mp3\" media-type=\"audio/mpeg\"/>\n");
        }
        x.append("  </manifest>\n  <spine>\n");
        if (cover != null) {
            x.append("    <itemref idref=\"cover\"/>\n");
        }
        for (BookManifest.ChapterEntry c : m.chapters()) {
            x.append("    <itemref idref=\"").append(name(c)).append("\"/>\n");
        }
        return x.append("  </spine>\n</package>\n").toString();
    }

    private static String head(String title, String css) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " xml:lang=\"en\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" + xml(title) + "</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + css + "\"/>\n</head>\n";
    }

    static String nav(BookManifest m, boolean cover) {
        StringBuilder x = new StringBuilder(head(m.title(), "css/book.css"));
        x.append("<body>\n<nav epub:type=\"toc\" id=\"toc\">\n<h1>").append(xml(m.title())).append("</h1>\n<ol>\n");
        for (BookManifest.ChapterEntry c : m.chapters()) {
            x.append("<li><a href=\"text/").append(name(c)).append(".xhtml\">").append(xml(c.title())).append("</a></li>\n");
        }
        x.append("</ol>\n</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
        if (cover) {
            x.append("<li><a epub:type=\"cover\" href=\"text/cover.xhtml\">Cover</a></li>\n");
        }
        if (!m.chapters().isEmpty()) {
            x.append("<li><a epub:type=\"bodymatter\" href=\"text/").append(name(m.chapters().get(0)))
                    .append(".xhtml\">Start of the book</a></li>\n");
        }
        return x.append("</ol>\n</nav>\n</body>\n</html>\n").toString();
    }

    private static String coverPage(BookManifest m, String image) {
        return head(m.title(), "../css/book.css") + "<body epub:type=\"cover\">\n<div class=\"cover\"><img src=\"../images/"
                + image + "\" alt=\"" + xml(m.title()) + "\"/></div>\n</body>\n</html>\n";
    }

    /**
     * The chapter's text: its title as a heading, then paragraphs, each segment a
     * {@code <span id="sN">}; a paragraph ends where the manifest's pause after a segment is longer
     * than a sentence's or where the segment's kind changes (credits, title, text), and a scene
     * break is drawn as a rule.
     */
    static String chapter(BookManifest.ChapterEntry c) {
        StringBuilder x = new StringBuilder(head(c.title(), "../css/book.css"));
        x.append("<body>\n<section id=\"chapter\" epub:type=\"chapter\">\n");
        String open = null;
        String openKind = null;
        for (int i = 0; i < c.segments().size(); i++) {
            BookManifest.SegmentEntry s = c.segments().get(i);
            String kind = kind(s, i);
            if (open != null && !kind.equals(openKind)) {
                x.append("</").append(open).append(">\n");
                open = null;
            }
            if (open == null) {
                open = "title".equals(kind) ? "h1" : "p";
                openKind = kind;
                x.append('<').append(open).append("credits".equals(kind) ? " class=\"credits\">" : ">");
            } else {
                x.append(' ');
            }
            x.append("<span id=\"").append(id(s)).append("\">").append(xml(s.text())).append("</span>");
            if (!"sentence".equals(s.pauseAfter()) && !"clause".equals(s.pauseAfter())) {
                x.append("</").append(open).append(">\n");
                open = null;
                if ("scene".equals(s.pauseAfter())) {
                    x.append("<hr class=\"scene\"/>\n");
                }
            }
        }
        if (open != null) {
            x.append("</").append(open).append(">\n");
        }
        return x.append("</section>\n</body>\n</html>\n").toString();
    }

    /** The manifest's kind (credits, title, text); a manifest without kinds has its title first. */
    private static String kind(BookManifest.SegmentEntry s, int i) {
        if (s.kind() != null) {
            return s.kind();
        }
        return i == 0 && "title".equals(s.pauseAfter()) ? "title" : "text";
    }

    static String overlay(BookManifest.ChapterEntry c) {
        String text = "../text/" + name(c) + ".xhtml";
        String audio = "../audio/" + name(c) + ".mp3";
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<smil xmlns=\"http://www.w3.org/ns/SMIL\" xmlns:epub=\"http://www.idpf.org/2007/ops\" version=\"3.0\">\n"
                + "<body>\n<seq id=\"seq\" epub:textref=\"" + text + "#chapter\" epub:type=\"chapter\">\n");
        for (Clip clip : clips(c)) {
            x.append("<par id=\"par-").append(clip.id()).append("\"><text src=\"").append(text).append('#').append(clip.id())
                    .append("\"/><audio src=\"").append(audio).append("\" clipBegin=\"").append(clock(clip.beginMs()))
                    .append("\" clipEnd=\"").append(clock(clip.endMs())).append("\"/></par>\n");
        }
        return x.append("</seq>\n</body>\n</smil>\n").toString();
    }

    private static String css() {
        return """
                body { font-family: serif; line-height: 1.5; }
                h1 { font-size: 1.6em; }
                hr.scene { border: 0; text-align: center; }
                hr.scene::after { content: "* * *"; }
                .credits { font-style: italic; }
                .cover { text-align: center; }
                .cover img { max-width: 100%; max-height: 100vh; }
                .-epub-media-overlay-active { background-color: #ffe27a; color: #1d1b18; }
                """;
    }

    /** Text as XML character data or an attribute value; characters XML 1.0 forbids are dropped. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
