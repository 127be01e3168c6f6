package audiobook.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML book (Project Gutenberg's HTML edition, a page saved from the web). The body is
 * read by {@link HtmlText}, with the rules for an EPUB's documents (headings, scene breaks; notes,
 * page numbers, tables, images and Project Gutenberg's header and licence left out and named in
 * one warning), and a heading "Contents" over nothing but a list is left out too. What remains is
 * handed to {@link MarkdownReader} as headings and paragraphs (its text escaped, so that nothing
 * in it is taken for Markdown), so a title heading, a by-line, chapters and front matter follow
 * the same rules as there. The {@code <title>} (a Gutenberg caption "The Project Gutenberg eBook
 * of X, by Y" gives both) and {@code <meta name="author">} or Dublin Core's creator name the book
 * first.
 */
final class HtmlReader {

    private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[!-/:-@\\[-`{-~]");

    private HtmlReader() {
    }

    static Manuscript read(String html, String sourceName, StoryParser parser) {
        Document doc = Jsoup.parse(html);
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<String> blocks = new ArrayList<>();
        HtmlText.asBlocks(withoutContents(HtmlText.read(doc.body())), (block, heading) -> blocks.add(heading
                ? block.replaceFirst("^(#+ )(.*)", "$1") + escape(block.replaceFirst("^#+ ", "")) : escape(block)),
                kind -> skipped.merge(kind, 1, Integer::sum));
        Manuscript parsed = MarkdownReader.read(String.join("\n\n", blocks), sourceName, parser);
        List<String> warnings = new ArrayList<>();
        if (!skipped.isEmpty()) {
            warnings.add(sourceName + ": not narrated: " + skipped.entrySet().stream().map(e -> e.getKey()
                    .startsWith("Project Gutenberg") || e.getKey().equals("table of contents") ? e.getKey()
                    : e.getValue() + " " + MarkdownReader.plural(e.getKey(), e.getValue())).collect(Collectors.joining(", ")));
        }
        warnings.addAll(parsed.warnings());
        return new Manuscript(info(doc, parsed.info()), parsed.frontMatter(), parsed.chapters(), warnings);
    }

    private static BookInfo info(Document doc, BookInfo fromText) {
        String title = Words.fold(doc.title());
        BookInfo named = GutenbergFrame.named(title);
        String author = meta(doc, "author", "dc.creator", "dcterms.creator");
        author = author != null ? author : named != null ? named.author() : fromText.author();
        title = named != null ? named.title() : !title.isEmpty() ? title : fromText.title();
        Element lang = doc.selectFirst("html[lang]");
        return new BookInfo(title, author, lang != null ? lang.attr("lang") : fromText.language(), null);
    }

    /** The items without a "Contents" heading whose section holds no text (its list was a table or links). */
    private static List<HtmlText.Item> withoutContents(List<HtmlText.Item> items) {
        List<HtmlText.Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof HtmlText.Heading h && TableOfContents.HEADING.matcher(h.text()).matches()) {
                int next = i + 1;
                while (next < items.size() && !(items.get(next) instanceof HtmlText.Heading)
                        && !(items.get(next) instanceof HtmlText.Text)) {
                    next++;
                }
                if (next >= items.size() || items.get(next) instanceof HtmlText.Heading) {
                    out.add(new HtmlText.Skipped("table of contents", List.of()));
                    i = next - 1;
                    continue;
                }
            }
            out.add(items.get(i));
        }
        return out;
    }

    /** Text to be read as written: every ASCII punctuation mark backslash-escaped, as CommonMark allows. */
    private static String escape(String text) {
        return MARKDOWN_PUNCTUATION.matcher(text).replaceAll(m -> "\\\\" + java.util.regex.Matcher.quoteReplacement(m.group()));
    }

    private static String meta(Document doc, String... names) {
        for (Element m : doc.select("meta[name][content]")) {
            for (String n : names) {
                if (m.attr("name").equalsIgnoreCase(n) && !Words.fold(m.attr("content")).isEmpty()) {
                    return Words.fold(m.attr("content"));
                }
            }
        }
        return null;
    }
}
