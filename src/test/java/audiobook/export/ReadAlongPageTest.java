package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page as text: its data block, its escaping, its cover and its colours. */
class ReadAlongPageTest {

    @TempDir
    Path dir;

    static BookManifest manifest(String sentence) {
        List<BookManifest.SegmentEntry> segments = List.of(
                new BookManifest.SegmentEntry(0, "Chapter One", "Chapter One", "narrator", 900, 1600, "title", Map.of(), "title"),
                new BookManifest.SegmentEntry(1, sentence, sentence, "narrator", 2800, 5000, "end", Map.of(), "text"));
        return new BookManifest(1, "Tom & Jerry <2>", "A. Writer", "wind", 1, null, 8000,
                List.of(new BookManifest.ChapterEntry(1, "Chapter One", "01 Chapter One.wav",
                        "narration/01 Chapter One.wav", "captions/01 Chapter One.vtt", 8000, -18.0, -1.1, segments)));
    }

    static String dataBlock(String html) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"book\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "the page embeds the book's data");
        return m.group(1);
    }

    @Test
    void embedsTheManifestsTimingsAndTextSafelyInsideTheScriptElement() throws Exception {
        String sentence = "He wrote </script><script>alert(1)</script> and <!-- {{script}} & \"left\".";
        String html = ReadAlongPage.html(manifest(sentence), null);
        String data = dataBlock(html);
        assertFalse(data.contains("<"), "no '<' can end or comment out the data block");
        JsonNode book = new ObjectMapper().readTree(data);
        assertEquals("Tom & Jerry <2>", book.get("title").asText());
        JsonNode segment = book.get("chapters").get(0).get("segments").get(1);
        assertEquals(sentence, segment.get("text").asText());
        assertEquals(2800, segment.get("start_ms").asLong());
        assertEquals(5000, segment.get("end_ms").asLong());
        assertEquals("narration/01 Chapter One.wav", book.get("chapters").get(0).get("dry_file").asText());
        assertTrue(html.contains("<title>Tom &amp; Jerry &lt;2&gt;</title>"), "the title is escaped as HTML");
        assertEquals(1, html.split("\\{\\{script}}", -1).length - 1,
                "a placeholder in the book's text stays text: the template is filled in one pass");
    }

    @Test
    void writesIndexHtmlWithTheCoverWhenTheFolderHasOne() throws Exception {
        ReadAlongPage.write(dir, manifest("Hello."));
        assertTrue(new ObjectMapper().readTree(dataBlock(Files.readString(dir.resolve("index.html")))).get("cover").isNull());
        Files.write(dir.resolve("cover.JPG"), new byte[] {1});
        assertEquals(Optional.of("cover.JPG"), ReadAlongPage.cover(dir));
        ReadAlongPage.write(dir, manifest("Hello."));
        assertEquals("cover.JPG",
                new ObjectMapper().readTree(dataBlock(Files.readString(dir.resolve("index.html")))).get("cover").asText());
    }

    @Test
    void pageIsOneFileWithNoNetworkReferences() {
        String html = ReadAlongPage.html(manifest("Hello."), "cover.png");
        assertFalse(html.contains("{{"), "every placeholder is filled");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing is loaded from a network");
        assertFalse(html.contains("fetch("), "the data is embedded, not fetched (file:// forbids it)");
    }

    /** Every text colour against its background, light and dark, at least 4.5:1 (WCAG 2.x AA). */
    @Test
    void coloursMeetWcagAaContrastInBothSchemes() {
        String css = ReadAlongPage.resource("page.css");
        int dark = css.indexOf("prefers-color-scheme: dark");
        assertTrue(dark > 0, "dark mode follows the system setting");
        for (Map<String, String> scheme : List.of(colours(css.substring(0, dark)), colours(css.substring(dark)))) {
            for (String[] pair : new String[][] {{"fg", "bg"}, {"muted", "bg"}, {"accent", "bg"}, {"mark-fg", "mark-bg"},
                {"fg", "panel"}, {"muted", "panel"}}) {
                double ratio = contrast(scheme.get(pair[0]), scheme.get(pair[1]));
                assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + " in " + scheme + ": " + ratio);
            }
        }
    }

    private static Map<String, String> colours(String css) {
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{6})").matcher(css);
        while (m.find()) {
            colours.putIfAbsent(m.group(1), m.group(2));
        }
        return colours;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            sum += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
