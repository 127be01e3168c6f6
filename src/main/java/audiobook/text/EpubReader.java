package audiobook.text;

import audiobook.text.EpubPackage.Item;
import audiobook.text.EpubPackage.NavEntry;
import audiobook.text.EpubPackage.SpineItem;
import audiobook.text.HtmlText.Anchor;
import audiobook.text.HtmlText.Heading;
import audiobook.text.HtmlText.SceneBreak;
import audiobook.text.HtmlText.Skipped;
import audiobook.text.HtmlText.Text;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an EPUB (2 or 3) into the same {@link Manuscript} a text file gives.
 *
 * <ul>
 * <li>The spine gives the reading order. The table of contents (EPUB 3 nav, else the NCX) gives the
 * chapters and their titles: each entry starts a chapter where it points, so a document with
 * several entries splits at their anchors, and documents no entry names join the chapter before.
 * An entry that points into the middle of a paragraph, or into something left out, starts no
 * chapter (Calibre lists footnote marks in its tables of contents); one whose anchor is not in its
 * document starts at the document's top if it is the document's first entry, else none.
 * An entry with nothing under it (a part's title page) lends its title to the next ("Part One.
 * Chapter 1"). Text before the first entry is an "Opening" chapter when it holds prose (a
 * paragraph of {@value #PROSE_WORDS} words or more), else front matter.</li>
 * <li>Headings at the top of a chapter that say what its title says are not narrated again;
 * where they say more ("Chapter I. The Storm" under the entry "I"), they become the title.</li>
 * <li>Front and back matter is left out and listed in a warning: documents the EPUB 3 landmarks
 * or the EPUB 2 guide call cover, title page, copyright page, table of contents, index and the
 * like (unless two or more entries of the table of contents point into the document: a book in
 * one file), sections whose {@code epub:type} says so ({@link HtmlText}), what entries titled
 * "Cover", "Title Page", "Copyright", "Contents" or "Index" point to, an entry titled as the book
 * over no prose before the first chapter (a title page), the navigation document itself, and
 * non-linear spine items no entry names. The text of a title page or copyright page before the first chapter
 * becomes the front matter ({@code --include-front-matter} narrates it).</li>
 * <li>Without a usable table of contents the book's text (headings as {@code #} lines) goes to
 * {@link StoryParser}, whose rules then find the chapters.</li>
 * <li>The title, authors (creators whose role is author or not given), language and cover image
 * (EPUB 3 {@code cover-image}, EPUB 2 {@code <meta name="cover">}) come from the package
 * metadata.</li>
 * <li>A book whose {@code META-INF/encryption.xml} encrypts content documents is DRM-protected and
 * refused; encrypted (obfuscated) fonts are fine.</li>
 * </ul>
 */
final class EpubReader {

    static final int PROSE_WORDS = 20;
    /** At most this many headings at the top of a chapter are compared with its title. */
    private static final int MAX_LEADING_HEADINGS = 3;
    private static final Set<String> FRONT_TEXT = Set.of("title page", "half-title page", "series page",
            "copyright page", "imprint", "credits");
    private static final Pattern MATTER_TITLE = Pattern.compile("(?i)^(?:the\\s+)?(cover(?: page| image)?|"
            + "title[- ]?page|half[- ]title(?: page)?|copyright(?: page| notice)?|(?:table of )?contents|index|"
            + "colophon|imprint)$");
    private static final Pattern CONTENT_ENTRY = Pattern.compile("(?i).*\\.(x?html?|xml|opf|ncx)$");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");

    private final EpubArchive zip;
    private final StoryParser parser;
    private final String name;
    private EpubPackage pkg;
    private final Map<String, List<NavEntry>> entriesByPath = new HashMap<>();
    private final Map<String, Set<String>> skippedDocs = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> frontMatter = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Pending preamble = new Pending(null, null);
    private final List<Pending> chapters = new ArrayList<>();

    /** A chapter as it is gathered: its title from the table of contents and what it holds. */
    private static final class Pending {
        final String title;
        final String file;
        final List<HtmlText.Item> content = new ArrayList<>();
        boolean lostAll;

        Pending(String title, String file) {
            this.title = title;
            this.file = file;
        }

        boolean hasProse() {
            return content.stream().anyMatch(i -> i instanceof Text t && Words.count(t.text()) >= PROSE_WORDS);
        }

        List<String> texts() {
            List<String> out = new ArrayList<>();
            for (HtmlText.Item i : content) {
                if (i instanceof Text t) {
                    out.add(t.text());
                } else if (i instanceof Heading h) {
                    out.add(h.text());
                }
            }
            return out;
        }
    }

    private EpubReader(EpubArchive zip, StoryParser parser) {
        this.zip = zip;
        this.parser = parser;
        this.name = zip.file().getFileName().toString();
    }

    static Manuscript read(Path file, StoryParser parser) {
        try (EpubArchive zip = EpubArchive.open(file)) {
            return new EpubReader(zip, parser).manuscript();
        }
    }

    private Manuscript manuscript() {
        refuseDrm();
        pkg = EpubPackage.read(zip);
        Set<String> spinePaths = pkg.spine.stream().map(s -> s.item().path()).collect(Collectors.toSet());
        for (NavEntry e : pkg.toc) {
            if (spinePaths.contains(e.path())) {
                entriesByPath.computeIfAbsent(e.path(), p -> new ArrayList<>()).add(e);
            }
        }
        boolean byToc = !entriesByPath.isEmpty();
        StringBuilder text = new StringBuilder();
        for (SpineItem s : pkg.spine) {
            Item item = s.item();
            if (!zip.has(item.path())) {
                throw zip.fail("the spine item \"" + item.id() + "\" (" + item.path() + ") is missing from the archive");
            }
            if (!item.isHtml()) {
                continue;
            }
            String kind = documentKind(s);
            if (kind != null) {
                skipDocument(item, kind);
                continue;
            }
            Document doc = parse(item);
            Element body = EpubPackage.first(doc, "body");
            List<HtmlText.Item> items = HtmlText.read(body != null ? body : doc, anchors(item.path()),
                    skipIds(item.path()));
            if (byToc) {
                place(item, items);
            } else {
                write(item, items, text);
            }
        }
        BookInfo named = pkg.title == null ? null : GutenbergFrame.named(pkg.title); // "The Project Gutenberg eBook of X, by Y"
        String author = pkg.authors.isEmpty() ? named != null ? named.author() : null : MarkdownReader.names(pkg.authors);
        BookInfo info = new BookInfo(named != null ? named.title() : pkg.title, author, pkg.language, cover());
        List<Chapter> book;
        if (byToc) {
            book = assemble();
        } else {
            if (Words.fold(text.toString()).isEmpty()) {
                throw zip.fail("holds no text to narrate" + (skippedDocs.isEmpty() ? "" : " (" + skippedSummary() + " only)"));
            }
            Manuscript parsed = parser.parse(text.toString(), name);
            frontMatter.addAll(List.of(parsed.frontMatter().split("\n\n")));
            warnings.addAll(parsed.warnings());
            book = parsed.chapters();
        }
        if (book.stream().allMatch(c -> c.paragraphs().isEmpty())) {
            throw zip.fail("holds no text to narrate" + (skippedDocs.isEmpty() ? "" : " (" + skippedSummary() + " only)"));
        }
        if (!skippedDocs.isEmpty() || !counts.isEmpty()) {
            warnings.add(0, name + ": not narrated: " + skippedSummary());
        }
        String front = frontMatter.stream().filter(p -> !p.isBlank()).collect(Collectors.joining("\n\n"));
        return new Manuscript(info, front, book, warnings);
    }

    // ---- the archive

    /** DRM: an encryption list that encrypts a content document (obfuscated fonts are allowed). */
    private void refuseDrm() {
        String list = "META-INF/encryption.xml";
        if (!zip.has(list)) {
            return;
        }
        for (Element ref : EpubPackage.elements(zip.xml(list, "the encryption list"), "cipherreference")) {
            String path = EpubPackage.resolve("", ref.attr("URI"));
            if (path != null && CONTENT_ENTRY.matcher(path).matches()) {
                throw zip.fail("is protected by DRM: " + list + " says its text is encrypted (" + path
                        + "); it cannot be read without the seller's app");
            }
        }
    }

    private Document parse(Item item) {
        String what = "the spine item \"" + item.id() + "\"";
        return item.mediaType().equals("text/html") || item.mediaType().isEmpty() && !item.path().endsWith("xhtml")
                ? zip.html(item.path(), what) : zip.xml(item.path(), what);
    }

    private BookInfo.Cover cover() {
        Item cover = pkg.cover;
        if (cover == null) {
            return null;
        }
        if (!zip.has(cover.path())) {
            warnings.add(name + ": the cover image " + cover.path() + " is missing from the archive; no cover taken");
            return null;
        }
        byte[] bytes = zip.bytes(cover.path(), "the cover image");
        String type = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 ? "image/jpeg"
                : bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                ? "image/png" : null;
        if (type == null) {
            warnings.add(name + ": the cover image " + cover.path() + " is "
                    + (cover.mediaType().isEmpty() ? "not an image" : cover.mediaType())
                    + ", not JPEG or PNG; no cover taken");
            return null;
        }
        return new BookInfo.Cover(type, bytes);
    }

    // ---- what is not narrated

    /** The kind of front or back matter a whole spine document is, or null to read it. */
    private String documentKind(SpineItem s) {
        String path = s.item().path();
        List<NavEntry> entries = entriesByPath.getOrDefault(path, List.of());
        if (pkg.nav != null && path.equals(pkg.nav.path())) {
            return "table of contents";
        }
        if (s.item().properties().contains("calibre:title-page")) {
            return "cover";
        }
        String declared = pkg.matter.getOrDefault(path, Map.of()).get("");
        if (declared != null && entries.size() < 2) {
            return declared;
        }
        if (!entries.isEmpty() && entries.stream().allMatch(e -> MATTER_TITLE.matcher(e.title()).matches())) {
            return matterOfTitle(entries.get(0).title());
        }
        if (!s.linear() && entries.isEmpty()) {
            return "non-linear document";
        }
        return null;
    }

    private static String matterOfTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        if (t.startsWith("cover")) {
            return "cover";
        }
        if (t.startsWith("title")) {
            return "title page";
        }
        if (t.startsWith("half")) {
            return "half-title page";
        }
        if (t.startsWith("copyright")) {
            return "copyright page";
        }
        if (t.contains("contents")) {
            return "table of contents";
        }
        return t;
    }

    private void skipDocument(Item item, String kind) {
        skippedDocs.computeIfAbsent(kind, k -> new java.util.LinkedHashSet<>()).add(fileName(item.path()));
        if (FRONT_TEXT.contains(kind) && beforeStory()) {
            try {
                Document doc = parse(item);
                Element body = EpubPackage.first(doc, "body");
                for (HtmlText.Item i : HtmlText.read(body != null ? body : doc, Set.of(), Map.of())) {
                    if (i instanceof Text t) {
                        frontMatter.add(t.text());
                    } else if (i instanceof Heading h) {
                        frontMatter.add(h.text());
                    } else if (i instanceof Skipped sk) {
                        frontMatter.addAll(sk.paragraphs());
                    }
                }
            } catch (audiobook.AudiobookException e) {
                // Matter that is not narrated need not parse: the book can still be read.
            }
        }
    }

    private void skipped(Skipped s, Item item) {
        if (HtmlText.MATTER_TYPES.containsValue(s.kind()) || s.kind().startsWith("Project Gutenberg")) {
            skippedDocs.computeIfAbsent(s.kind(), k -> new java.util.LinkedHashSet<>()).add(fileName(item.path()));
            if (FRONT_TEXT.contains(s.kind()) && beforeStory()) {
                frontMatter.addAll(s.paragraphs());
            }
        } else {
            counts.merge(s.kind(), 1, Integer::sum);
        }
    }

    /** Whether no text has been read into a chapter yet. */
    private boolean beforeStory() {
        return chapters.stream().allMatch(c -> c.content.stream().noneMatch(i -> i instanceof Text));
    }

    /** "title page (title.xhtml), table of contents (nav.xhtml), 3 notes, 1 table". */
    private String skippedSummary() {
        List<String> parts = new ArrayList<>();
        skippedDocs.forEach((kind, files) -> parts.add(kind + " (" + String.join(", ", files) + ")"));
        counts.forEach((kind, n) -> parts.add(n + " " + MarkdownReader.plural(kind, n)));
        return String.join(", ", parts);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    // ---- chapters

    private Set<String> anchors(String path) {
        Set<String> ids = new HashSet<>();
        for (NavEntry e : entriesByPath.getOrDefault(path, List.of())) {
            if (e.fragment() != null) {
                ids.add(e.fragment());
            }
        }
        return ids;
    }

    private Map<String, String> skipIds(String path) {
        Map<String, String> ids = new HashMap<>(pkg.matter.getOrDefault(path, Map.of()));
        ids.remove("");
        return ids;
    }

    /** Puts a document's items into chapters: entries start chapters where they point. */
    private void place(Item item, List<HtmlText.Item> items) {
        List<NavEntry> entries = entriesByPath.getOrDefault(item.path(), List.of());
        Set<String> found = new HashSet<>();
        for (HtmlText.Item i : items) {
            if (i instanceof Anchor a) {
                found.add(a.id());
            }
        }
        for (NavEntry e : entries) {
            if (e.fragment() == null || !found.contains(e.fragment()) && e == entries.get(0)) {
                chapters.add(new Pending(e.title(), fileName(item.path())));
            }
        }
        for (HtmlText.Item i : items) {
            if (i instanceof Anchor a) {
                if (a.usable()) {
                    for (NavEntry e : entries) {
                        if (a.id().equals(e.fragment())) {
                            chapters.add(new Pending(e.title(), fileName(item.path())));
                        }
                    }
                }
            } else if (i instanceof Skipped s) {
                skipped(s, item);
                current().lostAll |= current().content.isEmpty() && !s.kind().equals("image");
            } else {
                current().content.add(i);
            }
        }
    }

    private Pending current() {
        return chapters.isEmpty() ? preamble : chapters.get(chapters.size() - 1);
    }

    /** Without a table of contents: the text, headings as {@code #} lines, for {@link StoryParser}. */
    private void write(Item item, List<HtmlText.Item> items, StringBuilder text) {
        for (HtmlText.Item i : items) {
            if (i instanceof Heading h) {
                text.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (i instanceof Text t) {
                text.append(t.text()).append("\n\n");
            } else if (i instanceof SceneBreak) {
                text.append("* * *\n\n");
            } else if (i instanceof Skipped s) {
                skipped(s, item);
            }
        }
    }

    private List<Chapter> assemble() {
        List<Chapter> out = new ArrayList<>();
        if (!preamble.content.isEmpty()) {
            if (preamble.hasProse()) {
                out.add(chapter(preamble, "Opening"));
            } else {
                frontMatter.addAll(preamble.texts());
            }
        }
        String pending = null;
        for (Pending p : chapters) {
            String matter = out.isEmpty() && pending == null && isTitlePage(p) ? "title page"
                    : p.title != null && MATTER_TITLE.matcher(p.title).matches() ? matterOfTitle(p.title) : null;
            if (matter != null) {
                skippedDocs.computeIfAbsent(matter, k -> new java.util.LinkedHashSet<>()).add(p.file);
                if (FRONT_TEXT.contains(matter) && out.isEmpty()) {
                    frontMatter.addAll(p.texts());
                }
                continue;
            }
            Chapter c = chapter(p, "Chapter " + (out.size() + 1));
            if (c.paragraphs().isEmpty()) {
                if (!p.lostAll) {
                    pending = pending == null ? c.title() : joinTitles(pending, c.title());
                }
                continue;
            }
            out.add(pending == null ? c : new Chapter(joinTitles(pending, c.title()), c.paragraphs()));
            pending = null;
        }
        return out;
    }

    /**
     * An entry titled as the book is, over no prose: the title page that pandoc's EPUB 2 lists in
     * its NCX, or Project Gutenberg's "THE ADVENTURES OF TOM SAWYER" in "The Adventures of Tom
     * Sawyer, Complete".
     */
    private boolean isTitlePage(Pending p) {
        return pkg.title != null && p.title != null && !p.title.isBlank() && !p.hasProse()
                && (covers(pkg.title, p.title) || covers(p.title, pkg.title));
    }

    private static String joinTitles(String first, String second) {
        return first.equalsIgnoreCase(second) ? first : HtmlText.joinTitle(first, second);
    }

    /** A chapter's title and paragraphs, its leading headings compared with its title. */
    private static Chapter chapter(Pending p, String fallback) {
        List<HtmlText.Item> content = new ArrayList<>(p.content);
        while (!content.isEmpty() && content.get(0) instanceof SceneBreak) {
            content.remove(0);
        }
        int lead = 0;
        while (lead < Math.min(content.size(), MAX_LEADING_HEADINGS) && content.get(lead) instanceof Heading) {
            lead++;
        }
        String headings = content.subList(0, lead).stream().map(i -> ((Heading) i).text())
                .reduce(HtmlText::joinTitle).orElse("");
        String title = p.title == null ? "" : Words.fold(p.title);
        if (lead > 0) {
            if (!title.isEmpty() && covers(title, headings)) {
                content.subList(0, lead).clear();
            } else if (title.isEmpty() || covers(headings, title)) {
                title = headings;
                content.subList(0, lead).clear();
            }
        }
        if (title.isEmpty()) {
            title = fallback;
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        boolean scene = false;
        for (HtmlText.Item i : content) {
            String text = i instanceof Text t ? t.text() : i instanceof Heading h ? h.text() : null;
            if (i instanceof SceneBreak) {
                scene = !paragraphs.isEmpty();
            } else if (text != null) {
                List<String> sentences = SentenceSplitter.split(text);
                if (!sentences.isEmpty()) {
                    paragraphs.add(new Paragraph(sentences, List.of(), scene));
                    scene = false;
                }
            }
        }
        return new Chapter(title, paragraphs);
    }

    /** Whether every word of {@code part} is in {@code whole}, numbers however written ("I", "1", "One"). */
    static boolean covers(String whole, String part) {
        return words(whole).containsAll(words(part));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            int n = NUMBER_WORDS.indexOf(w) + 1;
            if (n == 0 && w.matches("[ivxlcdm]+")) {
                n = RomanNumerals.value(w.toUpperCase(Locale.ROOT));
            }
            words.add(n > 0 ? String.valueOf(n) : w.replaceFirst("^0+(?=\\d)", ""));
        }
        return words;
    }
}
