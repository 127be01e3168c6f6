package audiobook.text;

import audiobook.AudiobookException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.footnotes.InlineFootnote;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads Markdown as Markdown: CommonMark with GitHub's tables and strikethrough, footnotes and
 * YAML front matter ({@code title:}, {@code author:}, {@code language:}). The document is walked
 * and written out as the plain text {@link StoryParser} reads (headings as {@code #} lines,
 * paragraphs between blank lines, thematic breaks as {@code * * *}, cue lines such as {@code
 * [storm 0.8]} on their own lines), so chapters, front matter, scene breaks and cues follow the
 * same rules as for a text file.
 *
 * <ul>
 * <li>Emphasis, strong and struck-through text are read without their marks; inline code is read
 * as written; a link is read by its text, never its address (an autolink, whose text is its
 * address, is not read).</li>
 * <li>Images are not read (their alt text describes a picture the listener cannot see); code
 * blocks, tables and footnotes are not read either, and one warning lists what was left out and on
 * which lines. A footnote reference vanishes from its sentence.</li>
 * <li>HTML comments and tags are never read; the text inside an HTML block is
 * ({@link HtmlText}).</li>
 * <li>Block quotes and lists are read as prose, one paragraph per item, without bullets or
 * numbers.</li>
 * <li>The first heading names the book, and is not a chapter, when it is a level-1 heading and the
 * only one (deeper headings may follow), and a by-line under it ("by A. Writer") names the author;
 * YAML front matter or pandoc's title block ({@code % Title}, {@code % Author}) name both first.</li>
 * </ul>
 */
final class MarkdownReader {

    /** Pandoc's title block: "% Title", "% Author; Author", "% Date" as the first lines. */
    private static final Pattern PANDOC_TITLE_BLOCK = Pattern.compile(
            "\\A\uFEFF?%[ \\t]*([^\\n]*)\\n(?:%[ \\t]*([^\\n]*)(?:\\n|\\z))?(?:%[^\\n]*(?:\\n|\\z))?");
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
                    StrikethroughExtension.create(), FootnotesExtension.builder().inlineFootnotes(true).build()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    /** The same inline cue line {@link BlockReader} knows. */
    private static final Pattern PUNCTUATION_AFTER = Pattern.compile("[.,;:!?)\\]\u2019\u201D]");
    private static final Pattern CUE_LINE = Pattern.compile("^\\s*\\[\\s*([a-z]+(?::?\\s*[a-z0-9.-]+)?)\\s*]\\s*$");

    private MarkdownReader() {
    }

    static Manuscript read(String markdown, String sourceName, StoryParser parser) {
        Matcher titleBlock = PANDOC_TITLE_BLOCK.matcher(markdown);
        String pandocTitle = null;
        List<String> pandocAuthors = List.of();
        if (titleBlock.lookingAt()) {
            pandocTitle = Words.fold(titleBlock.group(1));
            pandocAuthors = titleBlock.group(2) == null ? List.of() : java.util.Arrays.stream(titleBlock.group(2).split(";"))
                    .map(Words::fold).filter(a -> !a.isEmpty()).toList();
            markdown = markdown.substring(titleBlock.end());
        }
        Node document = PARSER.parse(markdown);
        Writer writer = new Writer(titleHeading(document));
        writer.block(document);
        String text = writer.text();
        if (Words.fold(text).isEmpty()) {
            throw AudiobookException.input(sourceName + ": holds no text to narrate"
                    + (writer.skipped.isEmpty() ? "" : " (" + writer.skippedSummary() + " only)"));
        }
        Manuscript parsed = parser.parse(text, sourceName);
        List<String> warnings = new ArrayList<>();
        if (!writer.skipped.isEmpty()) {
            warnings.add(sourceName + ": not narrated: " + writer.skippedSummary());
        }
        warnings.addAll(parsed.warnings());
        BookInfo info = info(document, pandocTitle != null && !pandocTitle.isEmpty() ? pandocTitle : writer.title);
        List<String> authors = pandocAuthors.isEmpty() && writer.author != null ? List.of(writer.author) : pandocAuthors;
        if (info.author() == null && !authors.isEmpty()) {
            info = new BookInfo(info.title(), names(authors), info.language(), info.cover());
        }
        return new Manuscript(info, parsed.frontMatter(), parsed.chapters(), warnings);
    }

    /** The book's title heading: a level-1 heading that comes first and is the only level-1 heading. */
    private static Heading titleHeading(Node document) {
        List<Heading> headings = new ArrayList<>();
        collectHeadings(document, headings);
        if (headings.isEmpty() || headings.get(0).getLevel() != 1
                || headings.stream().filter(h -> h.getLevel() == 1).count() > 1) {
            return null;
        }
        return headings.get(0);
    }

    private static void collectHeadings(Node node, List<Heading> into) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (!Words.fold(inline(h, null)).isEmpty()) {
                    into.add(h);
                }
            } else if (!(n instanceof Paragraph)) {
                collectHeadings(n, into);
            }
        }
    }

    private static BookInfo info(Node document, String headingTitle) {
        YamlFrontMatterVisitor yaml = new YamlFrontMatterVisitor();
        document.accept(yaml);
        Map<String, List<String>> data = new LinkedHashMap<>();
        yaml.getData().forEach((k, v) -> data.putIfAbsent(k.toLowerCase(Locale.ROOT), v));
        String title = first(data, "title");
        List<String> authors = new ArrayList<>();
        for (String key : List.of("author", "authors", "creator")) {
            data.getOrDefault(key, List.of()).stream().map(MarkdownReader::unquote).filter(a -> !a.isEmpty())
                    .forEach(authors::add);
            if (!authors.isEmpty()) {
                break;
            }
        }
        String language = first(data, "language");
        language = language != null ? language : first(data, "lang");
        return new BookInfo(title != null ? title : headingTitle, authors.isEmpty() ? null : names(authors),
                language, null);
    }

    private static String first(Map<String, List<String>> data, String key) {
        return data.getOrDefault(key, List.of()).stream().map(MarkdownReader::unquote).filter(v -> !v.isEmpty())
                .findFirst().orElse(null);
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return Words.fold(v);
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** A node's inline content as text: marks gone, links by their text, breaks as new lines. */
    private static String inline(Node node, Writer writer) {
        StringBuilder out = new StringBuilder();
        inlineInto(node, out, writer, node);
        return out.toString();
    }

    private static void inlineInto(Node parent, StringBuilder out, Writer writer, Node block) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                if (isDropped(n.getPrevious()) && PUNCTUATION_AFTER.matcher(t.getLiteral()).lookingAt()) {
                    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                }
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append('\n');
            } else if (n instanceof HtmlInline html) {
                if (html.getLiteral().matches("(?is)<br\\b.*")) {
                    out.append(' ');
                }
            } else if (n instanceof Image) {
                if (writer != null) {
                    writer.skip("image", block);
                }
            } else if (n instanceof InlineFootnote) {
                if (writer != null) {
                    writer.skip("footnote", block);
                }
            } else if (n instanceof FootnoteReference) {
                continue;
            } else if (n instanceof Link link) {
                if (!isAutolink(link)) {
                    inlineInto(link, out, writer, block);
                }
            } else {
                inlineInto(n, out, writer, block);
            }
        }
    }

    /** Left out of the sentence: the space before it goes when punctuation follows ("write to <x@y.z>."). */
    private static boolean isDropped(Node n) {
        return n instanceof Image || n instanceof InlineFootnote || n instanceof FootnoteReference
                || n instanceof Link link && isAutolink(link);
    }

    /** {@code <https://example.com>}: a link whose text is its address. */
    private static boolean isAutolink(Link link) {
        if (!(link.getFirstChild() instanceof Text t) || t.getNext() != null) {
            return false;
        }
        String dest = link.getDestination();
        return dest.equals(t.getLiteral()) || dest.equals("mailto:" + t.getLiteral());
    }

    /** Writes the canonical text block by block and notes what it leaves out. */
    private static final class Writer {
        private final Heading titleHeading;
        private final List<String> blocks = new ArrayList<>();
        private final List<Boolean> headings = new ArrayList<>();
        private int titleAt = -1;
        private String title;
        private String author;
        final Map<String, List<Integer>> skipped = new LinkedHashMap<>();

        Writer(Heading titleHeading) {
            this.titleHeading = titleHeading;
        }

        void block(Node node) {
            if (node instanceof YamlFrontMatterBlock || node instanceof LinkReferenceDefinition) {
                return;
            }
            if (node instanceof Heading h) {
                heading(h);
            } else if (node instanceof Paragraph p) {
                paragraph(inline(p, this));
            } else if (node instanceof ThematicBreak) {
                add("* * *", false);
            } else if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                skip("code block", node);
            } else if (node instanceof TableBlock) {
                skip("table", node);
            } else if (node instanceof FootnoteDefinition) {
                skip("footnote", node);
            } else if (node instanceof HtmlBlock html) {
                html(html.getLiteral(), node);
            } else {
                for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                    block(n);
                }
            }
        }

        private void heading(Heading h) {
            String text = Words.fold(inline(h, this).replace('\n', ' '));
            if (text.isEmpty()) {
                return;
            }
            if (h == titleHeading) {
                title = text;
                titleAt = blocks.size();
            }
            add("#".repeat(h.getLevel()) + " " + text, true);
        }

        /** A paragraph's lines: cue lines stand alone, the others join into one line. */
        private void paragraph(String text) {
            List<String> line = new ArrayList<>();
            for (String l : text.split("\n")) {
                if (CUE_LINE.matcher(l).matches()) {
                    addParagraph(line);
                    add(l.strip(), false);
                } else {
                    line.add(l);
                }
            }
            addParagraph(line);
        }

        private void addParagraph(List<String> lines) {
            String p = Words.fold(String.join(" ", lines));
            lines.clear();
            if (!p.isEmpty()) {
                add(p, false);
            }
        }

        private void html(String literal, Node node) {
            HtmlText.asBlocks(HtmlText.read(Jsoup.parseBodyFragment(literal).body()), this::add, kind -> skip(kind, node));
        }

        private void add(String block, boolean heading) {
            blocks.add(block);
            headings.add(heading);
        }

        void skip(String kind, Node node) {
            int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
            skipped.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
        }

        /** "2 code blocks (lines 4, 19), 1 table (line 30)". */
        String skippedSummary() {
            return skipped.entrySet().stream().map(e -> {
                int n = e.getValue().size();
                List<Integer> lines = e.getValue().stream().distinct().filter(l -> l > 0).toList();
                String where = lines.isEmpty() ? "" : " (line" + (lines.size() == 1 ? " " : "s ")
                        + lines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
                return n + " " + plural(e.getKey(), n) + where;
            }).collect(Collectors.joining(", "));
        }

        /**
         * The canonical text. The title heading is kept only where it directly precedes another
         * heading, where {@link StoryParser} takes it out as the title itself (so that heading is
         * not taken for the title); elsewhere it is left out, and what follows it up to the first
         * chapter heading is front matter or an opening chapter by the usual rules.
         */
        String text() {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < blocks.size(); i++) {
                if (i == titleAt && !(i + 1 < blocks.size() && headings.get(i + 1))) {
                    continue;
                }
                if (titleAt >= 0 && i == titleAt + 1 && !headings.get(i) && TitleBlock.author(blocks.get(i)) != null) {
                    author = TitleBlock.author(blocks.get(i)); // "# The Title" then "by A. Writer"
                    continue;
                }
                out.append(blocks.get(i)).append("\n\n");
            }
            return out.toString();
        }
    }

    static String plural(String kind, int n) {
        if (n == 1) {
            return kind;
        }
        return kind.endsWith("y") ? kind.substring(0, kind.length() - 1) + "ies"
                : kind.endsWith("x") || kind.endsWith("s") ? kind + "es" : kind + "s";
    }
}
