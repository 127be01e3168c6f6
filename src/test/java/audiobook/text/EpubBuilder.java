package audiobook.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small EPUBs for tests, laid out as the tools write them: {@code mimetype} first and
 * stored, {@code META-INF/container.xml}, a package document under {@code OEBPS/}, XHTML chapters,
 * and an EPUB 3 nav document or an EPUB 2 NCX. Any file can be replaced or left out to make a
 * broken book.
 */
final class EpubBuilder {

    record Doc(String id, String href, String body, boolean linear) {
    }

    record NavPoint(String title, String href, List<NavPoint> children) {
        NavPoint(String title, String href) {
            this(title, href, List.of());
        }
    }

    private final int version;
    private String title = "The Lantern";
    private final List<String> creators = new ArrayList<>();
    private String language = "en";
    private final List<Doc> docs = new ArrayList<>();
    private final List<NavPoint> toc = new ArrayList<>();
    private final List<String[]> landmarks = new ArrayList<>();
    private final List<String[]> guide = new ArrayList<>();
    private byte[] cover;
    private String coverType = "image/png";
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private final List<String> omit = new ArrayList<>();
    private final Map<String, String> replace = new LinkedHashMap<>();
    private boolean navInSpine;

    private EpubBuilder(int version) {
        this.version = version;
    }

    static EpubBuilder epub3() {
        return new EpubBuilder(3);
    }

    static EpubBuilder epub2() {
        return new EpubBuilder(2);
    }

    EpubBuilder title(String t) {
        title = t;
        return this;
    }

    /** A creator; {@code role} null for none. */
    EpubBuilder creator(String name, String role) {
        creators.add(name + "\u0000" + (role == null ? "" : role));
        return this;
    }

    EpubBuilder language(String l) {
        language = l;
        return this;
    }

    /** A chapter document; {@code body} is what goes inside {@code <body>} (or the whole body element if it starts with {@code <body}). */
    EpubBuilder doc(String id, String body) {
        docs.add(new Doc(id, "text/" + id + ".xhtml", body, true));
        return this;
    }

    EpubBuilder nonLinearDoc(String id, String body) {
        docs.add(new Doc(id, "text/" + id + ".xhtml", body, false));
        return this;
    }

    EpubBuilder toc(String title, String href) {
        toc.add(new NavPoint(title, href));
        return this;
    }

    EpubBuilder toc(NavPoint point) {
        toc.add(point);
        return this;
    }

    EpubBuilder landmark(String type, String href) {
        landmarks.add(new String[] {type, href});
        return this;
    }

    EpubBuilder guide(String type, String href) {
        guide.add(new String[] {type, href});
        return this;
    }

    EpubBuilder cover(byte[] image, String mediaType) {
        cover = image;
        coverType = mediaType;
        return this;
    }

    EpubBuilder navInSpine() {
        navInSpine = true;
        return this;
    }

    EpubBuilder file(String name, byte[] bytes) {
        extra.put(name, bytes);
        return this;
    }

    EpubBuilder file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves an entry (by its archive name) out. */
    EpubBuilder omit(String name) {
        omit.add(name);
        return this;
    }

    /** Writes an entry's text in place of what the builder would. */
    EpubBuilder replace(String name, String text) {
        replace.put(name, text);
        return this;
    }

    Path write(Path file) throws IOException {
        Files.write(file, bytes());
        return file;
    }

    byte[] bytes() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/container.xml", utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """));
        entries.put("OEBPS/content.opf", utf8(opf()));
        if (version == 3) {
            entries.put("OEBPS/nav.xhtml", utf8(nav()));
        } else {
            entries.put("OEBPS/toc.ncx", utf8(ncx()));
        }
        for (Doc d : docs) {
            entries.put("OEBPS/" + d.href(), utf8(xhtml(d.body())));
        }
        if (cover != null) {
            entries.put("OEBPS/images/cover." + (coverType.endsWith("png") ? "png" : "jpg"), cover);
        }
        entries.putAll(extra);
        replace.forEach((k, v) -> entries.put(k, utf8(v)));
        omit.forEach(entries::remove);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (!omit.contains("mimetype")) {
                byte[] mimetype = utf8("application/epub+zip");
                ZipEntry e = new ZipEntry("mimetype");
                e.setMethod(ZipEntry.STORED);
                e.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                e.setCrc(crc.getValue());
                zip.putNextEntry(e);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String opf() {
        StringBuilder meta = new StringBuilder();
        meta.append("    <dc:identifier id=\"uid\">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>\n");
        if (title != null) {
            meta.append("    <dc:title id=\"t1\">").append(title).append("</dc:title>\n");
        }
        if (language != null) {
            meta.append("    <dc:language>").append(language).append("</dc:language>\n");
        }
        for (int i = 0; i < creators.size(); i++) {
            String[] c = creators.get(i).split("\u0000", -1);
            if (version == 2) {
                meta.append("    <dc:creator").append(c[1].isEmpty() ? "" : " opf:role=\"" + c[1] + "\"").append(">")
                        .append(c[0]).append("</dc:creator>\n");
            } else {
                meta.append("    <dc:creator id=\"c").append(i).append("\">").append(c[0]).append("</dc:creator>\n");
                if (!c[1].isEmpty()) {
                    meta.append("    <meta refines=\"#c").append(i).append("\" property=\"role\" scheme=\"marc:relators\">")
                            .append(c[1]).append("</meta>\n");
                }
            }
        }
        if (version == 3) {
            meta.append("    <meta property=\"dcterms:modified\">2024-01-01T00:00:00Z</meta>\n");
        }
        StringBuilder manifest = new StringBuilder();
        if (version == 3) {
            manifest.append("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
        } else {
            manifest.append("    <item id=\"ncx\" href=\"toc.ncx\" media-type=\"application/x-dtbncx+xml\"/>\n");
        }
        if (cover != null) {
            String href = "images/cover." + (coverType.endsWith("png") ? "png" : "jpg");
            manifest.append("    <item id=\"cover-img\" href=\"").append(href).append("\" media-type=\"").append(coverType)
                    .append("\"").append(version == 3 ? " properties=\"cover-image\"" : "").append("/>\n");
            if (version == 2) {
                meta.append("    <meta name=\"cover\" content=\"cover-img\"/>\n");
            }
        }
        StringBuilder spine = new StringBuilder();
        if (navInSpine && version == 3) {
            spine.append("    <itemref idref=\"nav\"/>\n");
        }
        for (Doc d : docs) {
            manifest.append("    <item id=\"").append(d.id()).append("\" href=\"").append(d.href())
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("    <itemref idref=\"").append(d.id()).append("\"").append(d.linear() ? "" : " linear=\"no\"")
                    .append("/>\n");
        }
        StringBuilder guideXml = new StringBuilder();
        if (!guide.isEmpty()) {
            guideXml.append("  <guide>\n");
            for (String[] g : guide) {
                guideXml.append("    <reference type=\"").append(g[0]).append("\" title=\"").append(g[0])
                        .append("\" href=\"").append(g[1]).append("\"/>\n");
            }
            guideXml.append("  </guide>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"" + version + ".0\" unique-identifier=\"uid\">\n"
                + "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:opf=\"http://www.idpf.org/2007/opf\">\n"
                + meta + "  </metadata>\n  <manifest>\n" + manifest + "  </manifest>\n"
                + "  <spine" + (version == 2 ? " toc=\"ncx\"" : "") + ">\n" + spine + "  </spine>\n" + guideXml
                + "</package>\n";
    }

    private String nav() {
        StringBuilder ol = new StringBuilder();
        navList(toc, ol);
        StringBuilder lm = new StringBuilder();
        if (!landmarks.isEmpty()) {
            lm.append("<nav epub:type=\"landmarks\" hidden=\"\"><ol>\n");
            for (String[] l : landmarks) {
                lm.append("<li><a epub:type=\"").append(l[0]).append("\" href=\"").append(l[1]).append("\">")
                        .append(l[0]).append("</a></li>\n");
            }
            lm.append("</ol></nav>\n");
        }
        return xhtml("<nav epub:type=\"toc\" id=\"toc\"><h1>Contents</h1>\n" + ol + "</nav>\n" + lm);
    }

    private static void navList(List<NavPoint> points, StringBuilder out) {
        out.append("<ol>\n");
        for (NavPoint p : points) {
            out.append("<li>").append(p.href() == null ? "<span>" + p.title() + "</span>"
                    : "<a href=\"" + p.href() + "\">" + p.title() + "</a>");
            if (!p.children().isEmpty()) {
                navList(p.children(), out);
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private String ncx() {
        StringBuilder map = new StringBuilder();
        int[] order = {1};
        ncxPoints(toc, map, order);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE ncx PUBLIC \"-//NISO//DTD ncx 2005-1//EN\" \"http://www.daisy.org/z3986/2005/ncx-2005-1.dtd\">\n"
                + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n"
                + "  <head><meta name=\"dtb:uid\" content=\"urn:uuid:12345678\"/></head>\n"
                + "  <docTitle><text>" + title + "</text></docTitle>\n"
                + "  <navMap>\n" + map + "  </navMap>\n</ncx>\n";
    }

    private static void ncxPoints(List<NavPoint> points, StringBuilder out, int[] order) {
        for (NavPoint p : points) {
            out.append("<navPoint id=\"np").append(order[0]).append("\" playOrder=\"").append(order[0]++).append("\">")
                    .append("<navLabel><text>").append(p.title()).append("</text></navLabel>")
                    .append("<content src=\"").append(p.href()).append("\"/>");
            ncxPoints(p.children(), out, order);
            out.append("</navPoint>\n");
        }
    }

    private String xhtml(String body) {
        String doctype = version == 3 ? "<!DOCTYPE html>"
                : "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.1//EN\" \"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd\">";
        String bodyElement = body.stripLeading().startsWith("<body") ? body : "<body>\n" + body + "\n</body>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype + "\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
                + "<head><title>" + title + "</title></head>\n" + bodyElement + "\n</html>\n";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A 1×1 PNG. */
    static byte[] png() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    }
}
