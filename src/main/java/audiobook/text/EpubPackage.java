package audiobook.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an EPUB's container, package document and navigation say: the metadata (title, authors,
 * language, cover image), the manifest, the spine, the table of contents (the EPUB 3 navigation
 * document's {@code toc} nav, else the EPUB 2 NCX) and which documents are front or back matter
 * (EPUB 3 landmarks, EPUB 2 guide). Paths are archive entry names, resolved and unescaped.
 */
final class EpubPackage {

    record Item(String id, String path, String mediaType, Set<String> properties) {

        boolean isHtml() {
            return mediaType.contains("html") || path.matches("(?i).*\\.(x?html?)$");
        }
    }

    record SpineItem(Item item, boolean linear) {
    }

    /** A table of contents entry: its title and where it points (fragment null for a whole document). */
    record NavEntry(String title, String path, String fragment) {
    }

    private static final String CONTAINER = "META-INF/container.xml";
    /** Guide reference types (EPUB 2) and landmark types (EPUB 3) of matter that is not narrated. */
    private static final Map<String, String> GUIDE_TYPES = Map.ofEntries(
            Map.entry("cover", "cover"), Map.entry("title-page", "title page"), Map.entry("titlepage", "title page"),
            Map.entry("toc", "table of contents"), Map.entry("index", "index"), Map.entry("glossary", "glossary"),
            Map.entry("bibliography", "bibliography"), Map.entry("colophon", "colophon"),
            Map.entry("copyright-page", "copyright page"), Map.entry("loi", "list of illustrations"),
            Map.entry("lot", "list of tables"), Map.entry("notes", "notes"), Map.entry("endnotes", "notes"),
            Map.entry("footnotes", "notes"), Map.entry("rearnotes", "notes"),
            Map.entry("halftitlepage", "half-title page"), Map.entry("imprint", "imprint"));

    final String opfPath;
    final String title;
    final List<String> authors;
    final String language;
    final Map<String, Item> manifest;
    final List<SpineItem> spine;
    final Item nav;
    final Item ncx;
    final Item cover;
    final List<NavEntry> toc;
    /** Document path to (fragment, or "" for the whole document) to the kind of matter it is. */
    final Map<String, Map<String, String>> matter;

    private EpubPackage(String opfPath, String title, List<String> authors, String language, Map<String, Item> manifest,
                        List<SpineItem> spine, Item nav, Item ncx, Item cover, List<NavEntry> toc,
                        Map<String, Map<String, String>> matter) {
        this.opfPath = opfPath;
        this.title = title;
        this.authors = authors;
        this.language = language;
        this.manifest = manifest;
        this.spine = spine;
        this.nav = nav;
        this.ncx = ncx;
        this.cover = cover;
        this.toc = toc;
        this.matter = matter;
    }

    static EpubPackage read(EpubArchive zip) {
        if (!zip.has(CONTAINER)) {
            throw zip.fail("is not an EPUB: it has no " + CONTAINER + (zip.has("mimetype") ? "" : " and no mimetype file"));
        }
        Element rootfile = null;
        for (Element e : elements(zip.xml(CONTAINER, "the container"), "rootfile")) {
            if (!e.attr("full-path").isBlank() && (rootfile == null
                    || e.attr("media-type").equals("application/oebps-package+xml")
                    && !rootfile.attr("media-type").equals("application/oebps-package+xml"))) {
                rootfile = e;
            }
        }
        if (rootfile == null) {
            throw zip.fail(CONTAINER + " names no package document (no rootfile)");
        }
        String opfPath = resolve("", rootfile.attr("full-path").strip());
        Document opf = zip.xml(opfPath, "the package document");
        Element metadata = first(opf, "metadata");
        Element manifestElement = first(opf, "manifest");
        Element spineElement = first(opf, "spine");
        if (manifestElement == null) {
            throw zip.fail(opfPath + " has no manifest");
        }
        Map<String, Item> manifest = new LinkedHashMap<>();
        for (Element e : elements(manifestElement, "item")) {
            String href = e.attr("href").strip();
            String path = href.isEmpty() ? null : resolve(opfPath, href);
            if (path != null && !e.attr("id").isEmpty()) {
                manifest.put(e.attr("id"), new Item(e.attr("id"), path, e.attr("media-type").strip().toLowerCase(Locale.ROOT),
                        Set.of(e.attr("properties").toLowerCase(Locale.ROOT).trim().split("\\s+"))));
            }
        }
        if (spineElement == null || elements(spineElement, "itemref").isEmpty()) {
            throw zip.fail(opfPath + " has no spine: it does not say in which order to read the book");
        }
        List<SpineItem> spine = new ArrayList<>();
        for (Element e : elements(spineElement, "itemref")) {
            Item item = manifest.get(e.attr("idref"));
            if (item == null) {
                throw zip.fail(opfPath + ": the spine names \"" + e.attr("idref") + "\", which the manifest does not list");
            }
            spine.add(new SpineItem(item, !e.attr("linear").strip().equalsIgnoreCase("no")));
        }
        Item nav = manifest.values().stream().filter(i -> i.properties().contains("nav")).findFirst().orElse(null);
        Item ncx = manifest.get(spineElement.attr("toc"));
        if (ncx == null) {
            ncx = manifest.values().stream().filter(i -> i.mediaType().equals("application/x-dtbncx+xml"))
                    .findFirst().orElse(null);
        }
        Map<String, Map<String, String>> matter = new HashMap<>();
        Element guide = first(opf, "guide");
        if (guide != null) {
            for (Element ref : elements(guide, "reference")) {
                String kind = GUIDE_TYPES.get(ref.attr("type").toLowerCase(Locale.ROOT).strip());
                addMatter(matter, kind, opfPath, ref.attr("href"));
            }
        }
        List<NavEntry> toc = List.of();
        if (nav != null && zip.has(nav.path())) {
            Document navDoc = zip.xml(nav.path(), "the navigation document");
            toc = navToc(navDoc, nav.path());
            for (Element n : elements(navDoc, "nav")) {
                if (HtmlText.types(n).contains("landmarks")) {
                    for (Element a : n.select("a[href]")) {
                        for (String t : HtmlText.types(a)) {
                            addMatter(matter, GUIDE_TYPES.get(t), nav.path(), a.attr("href"));
                        }
                    }
                }
            }
        }
        if (toc.isEmpty() && ncx != null && zip.has(ncx.path())) {
            toc = ncxToc(zip.xml(ncx.path(), "the NCX table of contents"), ncx.path());
        }
        return new EpubPackage(opfPath, title(metadata), authors(metadata), language(metadata), manifest, spine, nav,
                ncx, cover(metadata, manifest), toc, matter);
    }

    private static void addMatter(Map<String, Map<String, String>> matter, String kind, String base, String href) {
        String path = kind == null ? null : resolve(base, href);
        if (path != null) {
            String fragment = fragment(href);
            matter.computeIfAbsent(path, p -> new HashMap<>()).putIfAbsent(fragment == null ? "" : fragment, kind);
        }
    }

    // ---- metadata

    /** The main title (EPUB 3 {@code title-type main} where titles are refined), else the first. */
    private static String title(Element metadata) {
        if (metadata == null) {
            return null;
        }
        List<Element> titles = elements(metadata, "title");
        Map<String, String> types = refinements(metadata, "title-type");
        for (Element t : titles) {
            if ("main".equals(types.get(t.id()))) {
                return nonEmpty(t.text());
            }
        }
        return titles.stream().map(t -> nonEmpty(t.text())).filter(t -> t != null).findFirst().orElse(null);
    }

    /** Creators whose role is author ({@code aut}) or not given; all of them joined. */
    private static List<String> authors(Element metadata) {
        if (metadata == null) {
            return List.of();
        }
        Map<String, String> roles = refinements(metadata, "role");
        List<String> authors = new ArrayList<>();
        for (Element c : elements(metadata, "creator")) {
            String role = c.attr("opf:role");
            role = !role.isEmpty() ? role : c.attr("role");
            role = !role.isEmpty() ? role : roles.getOrDefault(c.id(), "");
            String name = nonEmpty(c.text());
            if (name != null && (role.isBlank() || role.strip().equalsIgnoreCase("aut")) && !authors.contains(name)) {
                authors.add(name);
            }
        }
        return authors;
    }

    private static String language(Element metadata) {
        return metadata == null ? null
                : elements(metadata, "language").stream().map(l -> nonEmpty(l.text())).filter(l -> l != null)
                .findFirst().orElse(null);
    }

    /** EPUB 3 {@code <meta refines="#id" property="...">value</meta>}: id to value. */
    private static Map<String, String> refinements(Element metadata, String property) {
        Map<String, String> out = new HashMap<>();
        for (Element m : elements(metadata, "meta")) {
            String refines = m.attr("refines").strip();
            if (refines.startsWith("#") && m.attr("property").strip().equals(property)) {
                out.putIfAbsent(refines.substring(1), m.text().strip());
            }
        }
        return out;
    }

    /** EPUB 3's {@code cover-image} item, else EPUB 2's {@code <meta name="cover">}, else an image item called cover. */
    private static Item cover(Element metadata, Map<String, Item> manifest) {
        for (Item i : manifest.values()) {
            if (i.properties().contains("cover-image")) {
                return i;
            }
        }
        if (metadata != null) {
            for (Element m : elements(metadata, "meta")) {
                if (m.attr("name").equalsIgnoreCase("cover")) {
                    String content = m.attr("content").strip();
                    Item byId = manifest.get(content);
                    if (byId != null) {
                        return byId;
                    }
                    for (Item i : manifest.values()) {
                        if (i.path().endsWith(content)) {
                            return i;
                        }
                    }
                }
            }
        }
        for (Item i : manifest.values()) {
            if (i.mediaType().startsWith("image/") && i.id().toLowerCase(Locale.ROOT).matches("cover([-_]?image)?")) {
                return i;
            }
        }
        return null;
    }

    // ---- navigation

    /** The entries of the EPUB 3 {@code toc} nav in reading order, nested lists flattened. */
    private static List<NavEntry> navToc(Document nav, String base) {
        Element tocNav = null;
        for (Element n : elements(nav, "nav")) {
            if (HtmlText.types(n).contains("toc")) {
                tocNav = n;
                break;
            }
        }
        List<NavEntry> out = new ArrayList<>();
        if (tocNav != null) {
            Element list = firstChild(tocNav, "ol");
            if (list == null) {
                list = firstChild(tocNav, "ul");
            }
            if (list != null) {
                navList(list, base, "", out);
            }
        }
        return out;
    }

    /**
     * An {@code <li>} with a link is an entry; one with only a {@code <span>} heading (a part that
     * has no page of its own) lends its title to its first entry.
     */
    private static String navList(Element list, String base, String prefix, List<NavEntry> out) {
        String pending = prefix;
        for (Element li : list.children()) {
            if (!HtmlText.local(li).equals("li")) {
                continue;
            }
            Element label = null;
            Element sub = null;
            for (Element child : li.children()) {
                String tag = HtmlText.local(child);
                if (tag.equals("ol") || tag.equals("ul")) {
                    sub = sub == null ? child : sub;
                } else if (label == null) {
                    label = child;
                }
            }
            String title = label == null ? "" : Words.fold(label.text());
            String href = label != null && HtmlText.local(label).equals("a") ? label.attr("href").strip() : "";
            String path = href.isEmpty() ? null : resolve(base, href);
            if (path != null) {
                out.add(new NavEntry(pending.isEmpty() ? title : join(pending, title), path, fragment(href)));
                pending = "";
            } else if (!title.isEmpty()) {
                pending = pending.isEmpty() ? title : join(pending, title);
            }
            if (sub != null) {
                pending = navList(sub, base, pending, out);
            }
        }
        return pending;
    }

    /** The NCX's nav points in document order, nested ones flattened. */
    private static List<NavEntry> ncxToc(Document ncx, String base) {
        List<NavEntry> out = new ArrayList<>();
        Element map = first(ncx, "navmap");
        if (map == null) {
            return out;
        }
        Deque<Element> stack = new ArrayDeque<>();
        List<Element> top = map.children().stream().filter(e -> HtmlText.local(e).equals("navpoint")).toList();
        for (int i = top.size() - 1; i >= 0; i--) {
            stack.push(top.get(i));
        }
        while (!stack.isEmpty()) {
            Element point = stack.pop();
            Element label = firstChild(point, "navlabel");
            Element text = label == null ? null : first(label, "text");
            Element content = firstChild(point, "content");
            String src = content == null ? "" : content.attr("src").strip();
            String path = src.isEmpty() ? null : resolve(base, src);
            if (path != null) {
                out.add(new NavEntry(text == null ? "" : Words.fold(text.text()), path, fragment(src)));
            }
            List<Element> kids = point.children().stream().filter(e -> HtmlText.local(e).equals("navpoint")).toList();
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : HtmlText.joinTitle(first, second);
    }

    // ---- trees and paths

    /** Elements under {@code root} (itself included) with the local name, whatever their prefix. */
    static List<Element> elements(Element root, String local) {
        List<Element> out = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (HtmlText.local(e).equals(local)) {
                out.add(e);
            }
        }
        return out;
    }

    static Element first(Element root, String local) {
        for (Element e : root.getAllElements()) {
            if (HtmlText.local(e).equals(local)) {
                return e;
            }
        }
        return null;
    }

    private static Element firstChild(Element parent, String local) {
        for (Element e : parent.children()) {
            if (HtmlText.local(e).equals(local)) {
                return e;
            }
        }
        return null;
    }

    private static String nonEmpty(String text) {
        String t = Words.fold(text);
        return t.isEmpty() ? null : t;
    }

    /**
     * The archive path an {@code href} in the file at {@code base} points to, without its fragment
     * and with {@code %20} and the like decoded; null for another site's address ({@code http:},
     * {@code mailto:}).
     */
    static String resolve(String base, String href) {
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        if (path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return null;
        }
        path = unescape(path);
        if (path.isEmpty()) {
            return base;
        }
        String dir = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
        String joined = path.startsWith("/") ? path.substring(1) : dir + path;
        Deque<String> parts = new ArrayDeque<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 || hash == href.length() - 1 ? null : unescape(href.substring(hash + 1));
    }

    /** Percent-escapes as UTF-8; a {@code +} stays a plus (this is a path, not a form). */
    private static String unescape(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }
}
