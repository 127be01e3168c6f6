package audiobook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What a listener hears of an (X)HTML document: its headings, paragraphs and scene breaks in
 * order, with everything that is not read aloud left out.
 *
 * <ul>
 * <li>Block elements ({@code p}, {@code div}, {@code blockquote}, {@code li}, {@code dd}...) end
 * a paragraph; inline elements (emphasis, spans, links) only carry text, so emphasis vanishes and
 * a link is read by its text.</li>
 * <li>{@code <hr/>}, a paragraph of ornaments only ({@code * * *}, {@code ⁂}, {@code ❦}) and an
 * empty element whose class names a break ({@code scenebreak}, {@code section-break}) are scene
 * breaks.</li>
 * <li>Never read: the head, scripts and styles, comments, hidden elements ({@code hidden},
 * {@code aria-hidden="true"}, {@code display: none}), page numbers ({@code epub:type="pagebreak"},
 * class {@code pagenum}), ruby annotations, note references ({@code epub:type="noteref"}, or a
 * link whose text is only a note mark such as {@code [1]}, {@code 12}, {@code *}).</li>
 * <li>Left out and reported ({@link Skipped}): notes ({@code epub:type} footnote, endnote...,
 * {@code aside}s of those, class {@code footnote}), tables, images and figures (an image whose alt
 * text is one letter, a drop capital, is read as that letter), front and back matter sections
 * ({@code epub:type} titlepage, copyright-page, toc, index...), Project Gutenberg's header and
 * licence, and the elements the caller names.</li>
 * </ul>
 */
final class HtmlText {

    /** One thing in reading order. */
    sealed interface Item permits Anchor, Heading, Text, SceneBreak, Skipped {
    }

    /**
     * An element the caller asked about (by {@code id} or {@code name}) starts here. It is not a
     * place to start a chapter ({@code usable} false) when it lies inside something left out or in
     * the middle of a paragraph (a link to a note reference is no chapter).
     */
    record Anchor(String id, boolean usable) implements Item {
    }

    record Heading(int level, String text) implements Item {
    }

    record Text(String text) implements Item {
    }

    record SceneBreak() implements Item {
    }

    /**
     * Something left out: its kind ("title page", "note", "table", "image"...) and its text as
     * paragraphs (kept for front matter; empty for notes, tables and images).
     */
    record Skipped(String kind, List<String> paragraphs) implements Item {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "li", "ul", "ol", "dl", "dt", "dd",
            "section", "article", "header", "footer", "main", "aside", "figcaption", "pre", "address", "center",
            "body", "html", "details", "summary", "tr", "td", "th", "caption", "fieldset", "legend", "form",
            "hgroup", "h1", "h2", "h3", "h4", "h5", "h6", "nav", "figure", "table", "menu", "dir", "poem",
            "stanza", "line");
    private static final Set<String> NEVER_READ = Set.of("head", "script", "style", "template", "noscript", "rt",
            "rp", "math", "object", "video", "audio", "iframe", "embed", "canvas", "button", "input", "select",
            "textarea", "map", "title", "meta", "link");
    /** {@code epub:type} (and ARIA {@code doc-}) values whose element is not read and not reported. */
    private static final Set<String> SILENT_TYPES = Set.of("noteref", "pagebreak", "page-list", "backlink",
            "biblioref", "glossref");
    private static final Set<String> NOTE_TYPES = Set.of("footnote", "footnotes", "endnote", "endnotes",
            "rearnote", "rearnotes", "note", "notes", "annotation");
    /** Front and back matter by {@code epub:type}, named as the plan lists them. */
    static final Map<String, String> MATTER_TYPES = Map.ofEntries(
            Map.entry("cover", "cover"), Map.entry("titlepage", "title page"),
            Map.entry("halftitlepage", "half-title page"), Map.entry("seriespage", "series page"),
            Map.entry("copyright-page", "copyright page"), Map.entry("imprint", "imprint"),
            Map.entry("imprimatur", "imprimatur"), Map.entry("colophon", "colophon"),
            Map.entry("toc", "table of contents"), Map.entry("landmarks", "table of contents"),
            Map.entry("loi", "list of illustrations"), Map.entry("lot", "list of tables"),
            Map.entry("index", "index"), Map.entry("glossary", "glossary"),
            Map.entry("bibliography", "bibliography"), Map.entry("errata", "errata"),
            Map.entry("other-credits", "credits"), Map.entry("contributors", "credits"));
    private static final Set<String> SILENT_CLASSES = Set.of("pagenum", "pageno", "page-number", "pagenumber",
            "pgnum", "pagebreak", "page-break");
    private static final Set<String> NOTE_CLASSES = Set.of("footnote", "footnotes", "endnote", "endnotes");
    private static final Set<String> FIGURE_CLASSES = Set.of("figcenter", "figleft", "figright", "illustration",
            "figure");
    private static final Pattern BREAK_CLASS = Pattern.compile("(?i).*(scene|section|space|text|chapter)[-_]?break.*"
            + "|.*\\b(?:transition|ornament|dinkus|asterism)\\b.*");
    private static final Pattern NOTE_MARK = Pattern.compile("^[\\[(]?(?:\\d{1,3}[a-z]?|[a-z]|[ivxlc]{1,6}|[*\u2020\u2021\u00A7\u00B6#]{1,3})[\\])]?\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)(?:^|;)\\s*display\\s*:\\s*none");
    private static final String ORNAMENTS = "*\u2042\u2022\u00B7\u2219~#\u00A7\u2766\u2767\u2619\u2731\u2732\u2733"
            + "\u2734\u2735\u2736\u2737\u2738\u2739\u273A\u273B\u273C\u273D\u273E\u273F\u2740\u2741\u2742\u2743"
            + "\u2744\u2745\u2746\u2747\u2748\u2749\u274A\u274B\u25C6\u25C7\u25C8\u25CB\u25CF\u25E6\u25CA\u2B25"
            + "\u2B26\u22C4\u2666\u2662\u2020\u2021\u2013\u2014-_=+\u2E3A\u2E3B\u2055\u2051\u2217\u00D7";

    private final Set<String> anchors;
    private final Map<String, String> skipIds;
    private final List<Item> items = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    /** Inside a heading: its level and the parts read so far (a heading may hold a line break). */
    private int headingLevel;
    private final List<String> headingParts = new ArrayList<>();

    private HtmlText(Set<String> anchors, Map<String, String> skipIds) {
        this.anchors = anchors;
        this.skipIds = skipIds;
    }

    /**
     * Reads an element and what it holds.
     *
     * @param anchors ids (or names) to report with an {@link Anchor} where their element starts
     * @param skipIds ids of elements to leave out, with the kind to report them as
     */
    static List<Item> read(Element root, Set<String> anchors, Map<String, String> skipIds) {
        HtmlText reader = new HtmlText(anchors, skipIds);
        reader.walk(root);
        reader.flush();
        return reader.items;
    }

    static List<Item> read(Element root) {
        return read(root, Set.of(), Map.of());
    }

    /**
     * The items as the blocks of plain text {@link StoryParser} reads: a heading as a {@code #}
     * line of its level, a scene break as {@code * * *}; each left-out item's kind goes to
     * {@code skipped}.
     */
    static void asBlocks(List<Item> items, java.util.function.BiConsumer<String, Boolean> block,
            java.util.function.Consumer<String> skipped) {
        for (Item item : items) {
            if (item instanceof Heading h) {
                block.accept("#".repeat(h.level()) + " " + h.text(), true);
            } else if (item instanceof Text t) {
                block.accept(t.text(), false);
            } else if (item instanceof SceneBreak) {
                block.accept("* * *", false);
            } else if (item instanceof Skipped s) {
                skipped.accept(s.kind());
            }
        }
    }

    /** An element's local name in lower case: {@code html:p} and {@code P} are {@code p}. */
    static String local(Element e) {
        String n = e.normalName();
        int colon = n.indexOf(':');
        return colon < 0 ? n : n.substring(colon + 1);
    }

    /** The values of {@code epub:type} and of ARIA {@code role} ({@code doc-toc} as {@code toc}). */
    static Set<String> types(Element e) {
        Set<String> types = new java.util.HashSet<>();
        for (var a : e.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (key.equals("epub:type") || key.endsWith(":type") && !key.startsWith("xml")) {
                for (String t : a.getValue().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!t.isEmpty()) {
                        types.add(t.substring(t.indexOf(':') + 1));
                    }
                }
            } else if (key.equals("role")) {
                for (String t : a.getValue().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (t.startsWith("doc-")) {
                        types.add(t.substring(4));
                    }
                }
            }
        }
        return types;
    }

    /** What kind of front or back matter an element is by its {@code epub:type} or role, or null. */
    static String matterKind(Element e) {
        for (String t : types(e)) {
            String kind = MATTER_TYPES.get(t);
            if (kind != null) {
                return kind;
            }
        }
        Set<String> classes = classes(e);
        if (e.id().equals("pg-footer") || classes.contains("pgfooter")) {
            return "Project Gutenberg licence";
        }
        if (classes.contains("pg-boilerplate") || e.id().equals("pg-header") || classes.contains("pgheader")) {
            return "Project Gutenberg header";
        }
        return null;
    }

    private static Set<String> classes(Element e) {
        String c = e.attr("class");
        if (c.isEmpty()) {
            return Set.of();
        }
        return Set.of(c.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    private void walk(Node node) {
        if (node instanceof TextNode t) {
            buffer.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = local(e);
        String id = e.id().isEmpty() ? e.attr("name") : e.id();
        if (!id.isEmpty() && anchors.contains(id)) {
            if (headingLevel == 0 && !clean(buffer).isEmpty()) {
                items.add(new Anchor(id, false));
            } else {
                flush();
                items.add(new Anchor(id, true));
            }
        }
        if (NEVER_READ.contains(tag) || isHidden(e)) {
            return;
        }
        String skip = skipKind(e, tag, id);
        if (skip != null) {
            if (!skip.isEmpty()) {
                boolean block = BLOCKS.contains(tag) || tag.equals("img") || tag.equals("svg");
                if (block) {
                    flush();
                }
                skippedAnchors(e);
                items.add(new Skipped(skip, MATTER_TYPES.containsValue(skip) ? paragraphsOf(e) : List.of()));
            }
            return;
        }
        switch (tag) {
            case "br" -> {
                if (headingLevel > 0) {
                    headingPart();
                } else {
                    buffer.append(' ');
                }
            }
            case "hr" -> {
                flush();
                items.add(new SceneBreak());
            }
            case "img", "image", "svg" -> image(e);
            case "h1", "h2", "h3", "h4", "h5", "h6", "hgroup" -> heading(e, tag);
            default -> {
                if (!BLOCKS.contains(tag)) {
                    e.childNodes().forEach(this::walk);
                    return;
                }
                if (headingLevel > 0) {
                    headingPart();
                    e.childNodes().forEach(this::walk);
                    headingPart();
                    return;
                }
                flush();
                int before = items.size();
                e.childNodes().forEach(this::walk);
                flush();
                if (BREAK_CLASS.matcher(e.className()).matches() && items.subList(before, items.size()).stream()
                        .noneMatch(i -> i instanceof Text || i instanceof Heading || i instanceof SceneBreak)) {
                    items.add(new SceneBreak());
                }
            }
        }
    }

    /** The kind to report an element as when it is left out ("" for silently), or null to read it. */
    private String skipKind(Element e, String tag, String id) {
        if (!id.isEmpty() && skipIds.containsKey(id)) {
            return skipIds.get(id);
        }
        Set<String> types = types(e);
        if (types.stream().anyMatch(SILENT_TYPES::contains)) {
            return "";
        }
        if (types.stream().anyMatch(NOTE_TYPES::contains)) {
            return "note";
        }
        String matter = matterKind(e);
        if (matter != null) {
            return matter;
        }
        Set<String> classes = classes(e);
        if (classes.stream().anyMatch(SILENT_CLASSES::contains)) {
            return "";
        }
        if (classes.stream().anyMatch(NOTE_CLASSES::contains) && !tag.equals("a")) {
            return "note";
        }
        if (tag.equals("a") && isNoteReference(e)) {
            return "";
        }
        if (tag.equals("table")) {
            return "table";
        }
        if (tag.equals("figure") || classes.stream().anyMatch(FIGURE_CLASSES::contains)
                && !e.select("img, svg, image").isEmpty() && Words.count(e.text()) <= 60) {
            return "image";
        }
        return null;
    }

    /** A link whose whole text is a note mark ({@code 1}, {@code [12]}, {@code *}, {@code †}). */
    private static boolean isNoteReference(Element a) {
        String href = a.attr("href");
        if (href.isEmpty() || !href.contains("#")) {
            return false;
        }
        String text = Words.fold(a.text());
        return !text.isEmpty() && NOTE_MARK.matcher(text).matches();
    }

    /** Anchors inside an element that is left out, so that the caller knows where they went. */
    private void skippedAnchors(Element e) {
        if (anchors.isEmpty()) {
            return;
        }
        for (Element inner : e.getAllElements()) {
            String id = inner.id().isEmpty() ? inner.attr("name") : inner.id();
            if (inner != e && !id.isEmpty() && anchors.contains(id)) {
                items.add(new Anchor(id, false));
            }
        }
    }

    private static boolean isHidden(Element e) {
        return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(e.attr("style")).find();
    }

    private void image(Element e) {
        String alt = Words.fold(e.attr("alt"));
        if (alt.length() == 1 && Character.isLetter(alt.charAt(0))) {
            buffer.append(alt);
            return;
        }
        items.add(new Skipped("image", List.of()));
    }

    private void heading(Element e, String tag) {
        if (headingLevel > 0) {
            headingPart();
            e.childNodes().forEach(this::walk);
            headingPart();
            return;
        }
        flush();
        headingLevel = tag.equals("hgroup") ? levelOf(e) : tag.charAt(1) - '0';
        e.childNodes().forEach(this::walk);
        headingPart();
        int level = headingLevel;
        headingLevel = 0;
        String title = headingParts.stream().reduce(HtmlText::joinTitle).orElse("");
        headingParts.clear();
        if (!title.isEmpty()) {
            items.add(new Heading(level, title));
        }
    }

    private static int levelOf(Element hgroup) {
        for (Element child : hgroup.children()) {
            String t = local(child);
            if (t.length() == 2 && t.charAt(0) == 'h' && Character.isDigit(t.charAt(1))) {
                return t.charAt(1) - '0';
            }
        }
        return 1;
    }

    private void headingPart() {
        String part = clean(buffer);
        buffer.setLength(0);
        if (!part.isEmpty()) {
            headingParts.add(part);
        }
    }

    /** "CHAPTER I" and "The Storm" read "CHAPTER I. The Storm"; "Part One:" and "Exile" read "Part One: Exile". */
    static String joinTitle(String first, String second) {
        return first.matches(".*[.:!?\u2014\u2013-]$") ? first + " " + second : first + ". " + second;
    }

    private void flush() {
        if (headingLevel > 0) {
            headingPart();
            return;
        }
        String text = clean(buffer);
        buffer.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        items.add(isOrnament(text) ? new SceneBreak() : new Text(text));
    }

    private static String clean(CharSequence text) {
        return Words.fold(StoryParser.clean(text.toString()));
    }

    /** A line of ornaments only: {@code * * *}, {@code ⁂}, {@code ❦}, {@code ———}. */
    static boolean isOrnament(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            if (ORNAMENTS.indexOf(c) < 0) {
                return false;
            }
            marks++;
        }
        return marks > 0 && marks <= 24;
    }

    /** An element's text as paragraphs, for front matter that is listed rather than narrated. */
    private static List<String> paragraphsOf(Element e) {
        HtmlText inner = new HtmlText(Set.of(), Map.of());
        e.childNodes().forEach(inner::walk);
        inner.flush();
        List<String> out = new ArrayList<>();
        for (Item item : inner.items) {
            if (item instanceof Text t) {
                out.add(t.text());
            } else if (item instanceof Heading h) {
                out.add(h.text());
            }
        }
        return out;
    }
}
