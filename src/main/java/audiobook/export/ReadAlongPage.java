package audiobook.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code index.html}, the read-along page: one self-contained file that plays the chapters and
 * marks the sentence being spoken. Its HTML, CSS and JavaScript are in
 * {@code src/main/resources/audiobook/readalong/}; the book's data (chapters, files, and per
 * segment its text and the manifest's start and end) is embedded as JSON, because a page opened
 * from {@code file://} may not fetch {@code manifest.json} beside it.
 */
public final class ReadAlongPage {

    public static final String FILE_NAME = "index.html";

    /** Image files the page shows as the cover when one is in the book's folder. */
    private static final Pattern COVER = Pattern.compile("cover\\.(jpe?g|png|gif|webp|svg)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReadAlongPage() {
    }

    /** What the page's script reads: the manifest's chapters and timings, without the rest. */
    record Data(String title, String author, String cover, List<Chapter> chapters) {
    }

    record Chapter(int number, String title, String file, @JsonProperty("dry_file") String dryFile, String mp3,
                   @JsonProperty("dry_mp3") String dryMp3, @JsonProperty("duration_ms") long durationMs,
                   List<Segment> segments) {
    }

    record Segment(int index, String text, @JsonProperty("start_ms") long startMs,
                   @JsonProperty("end_ms") long endMs, @JsonProperty("pause_after") String pauseAfter, String kind) {
    }

    /**
     * Writes {@code index.html} into the book's folder for the chapters the manifest lists; the
     * cover is the manifest's, else a {@code cover.*} image in the folder.
     */
    public static void write(Path folder, BookManifest manifest) throws IOException {
        String cover = manifest.cover() != null ? manifest.cover() : cover(folder).orElse(null);
        AtomicFiles.writeString(folder.resolve(FILE_NAME), html(manifest, cover));
    }

    /** The page for {@code manifest}; {@code cover} is an image file name beside it, or null. */
    static String html(BookManifest manifest, String cover) {
        String data = json(new Data(manifest.title(), manifest.author(), cover, manifest.chapters().stream()
                .map(c -> new Chapter(c.number(), c.title(), c.file(), c.dryFile(), c.mp3(), c.dryMp3(), c.durationMs(), c.segments().stream()
                        .map(s -> new Segment(s.index(), s.text(), s.startMs(), s.endMs(), s.pauseAfter(), s.kind())).toList()))
                .toList()));
        Map<String, String> values = Map.of("lang", "en", "title", escapeHtml(manifest.title()),
                "style", resource("page.css"), "script", resource("page.js"), "data", data);
        Matcher m = PLACEHOLDER.matcher(resource("page.html"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {   // one pass, so a book's text that reads "{{script}}" is never expanded
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(out).toString();
    }

    /**
     * JSON that is safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &} can
     * only occur inside JSON strings, where their {@code \}{@code u} escapes mean the same, so a
     * sentence holding {@code </script>} or {@code <!--} cannot end or confuse the element.
     */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> cover(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> COVER.matcher(n).matches()).sorted().findFirst();
        }
    }

    static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String resource(String name) {
        try (InputStream in = ReadAlongPage.class.getResourceAsStream("/audiobook/readalong/" + name)) {
            if (in == null) {
                throw new IllegalStateException("audiobook/readalong/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
