package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML books read as their text: one test a rule. */
class HtmlReaderTest {

    static final String P1 = "The lamp was lit at dusk, as it had been every night for a hundred years, and the keeper"
            + " climbed the stair with his oil can.";
    static final String P2 = "Below him the sea turned over in its sleep, and the gulls went quiet on the rocks.";
    /** A page as Project Gutenberg's HTML editions are laid out. */
    static final String GUTENBERG = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>The Project Gutenberg eBook of The Lantern, by Ann Lee</title></head><body>"
            + "<section class=\"pg-boilerplate\" id=\"pg-header\"><h2>The Project Gutenberg eBook of The Lantern</h2>"
            + "<p>This ebook is for the use of anyone anywhere.</p></section>"
            + "<h1>THE LANTERN</h1><p class=\"center\">BY ANN LEE</p><h2>CONTENTS</h2><table><tr><td>"
            + "<a href=\"#c1\">CHAPTER I.</a></td></tr></table>"
            + "<h2 id=\"c1\">CHAPTER I.<br/>THE LAMP</h2><p>" + P1 + "<a class=\"fnanchor\" href=\"#f1\">[1]</a>"
            + "<span class=\"pagenum\">[Pg 2]</span></p><div class=\"footnote\"><p>[1] Colza oil.</p></div>"
            + "<h2>CHAPTER II.<br/>THE SEA</h2><p>" + P2 + "</p>"
            + "<section class=\"pg-boilerplate\" id=\"pg-footer\"><p>*** END OF THE PROJECT GUTENBERG EBOOK ***</p>"
            + "<p>The Full Project Gutenberg License.</p></section></body></html>";

    @TempDir
    Path dir;

    private static Manuscript read(String html) {
        return HtmlReader.read(html, "book.html", new StoryParser(0));
    }

    private static List<String> titles(Manuscript m) {
        return m.chapters().stream().map(Chapter::title).toList();
    }

    private static List<String> paragraphs(Manuscript m) {
        return m.chapters().stream().flatMap(c -> c.paragraphs().stream()).map(Paragraph::text).toList();
    }

    @Test
    void aGutenbergHtmlBookIsReadAsItsChaptersWithTheBoilerplateContentsAndNotesLeftOut() {
        Manuscript m = read(GUTENBERG);
        assertEquals(new BookInfo("The Lantern", "Ann Lee", "en", null), m.info());
        assertEquals(List.of("CHAPTER I. THE LAMP", "CHAPTER II. THE SEA"), titles(m));
        assertEquals(List.of(P1, P2), paragraphs(m));
        assertEquals(List.of("book.html: not narrated: Project Gutenberg header, table of contents, 1 note, "
                + "Project Gutenberg licence"), m.warnings());
    }

    @Test
    void textThatLooksLikeMarkdownIsReadAsWritten() {
        Manuscript m = read("<html><body><h1>One</h1><p>1. Not a list, # not a heading, *not emphasis*.</p>"
                + "<p>=====</p><p>" + P1 + "</p><h1>Two</h1><p>" + P2 + "</p></body></html>");
        assertEquals(List.of("One", "Two"), titles(m));
        assertEquals("1. Not a list, # not a heading, *not emphasis*.", paragraphs(m).get(0));
    }

    @Test
    void aFileIsReadAsHtmlByItsNameOrByHowItOpens() throws IOException {
        Path saved = dir.resolve("saved page.txt");
        Files.writeString(saved, GUTENBERG);
        assertEquals(List.of("CHAPTER I. THE LAMP", "CHAPTER II. THE SEA"), titles(StoryReader.read(saved, new StoryParser(0))));
        Path html = dir.resolve("book.htm");
        Files.writeString(html, "<p>" + P1 + "</p>");
        assertEquals(List.of(P1), paragraphs(StoryReader.read(html, new StoryParser(0))));
    }

    @Test
    void aPageWithNothingToReadIsRefused() {
        AudiobookException e = assertThrows(AudiobookException.class,
                () -> read("<html><head><title>T</title><script>var x;</script></head><body><img src=\"a.png\"/></body></html>"));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
    }
}
