package audiobook.testing;

import audiobook.export.BookManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium (Debian's {@code chromium}) as a test driver: loads a page from
 * {@code file://}, lets it run for a few seconds of virtual time and returns the DOM it ends with
 * and what it wrote to the console. The read-along tests assume it is there
 * ({@link #available()}); {@code .ci/run} installs it.
 */
public final class Chromium {

    /** A loaded page: its DOM as HTML, and the lines Chromium logged for the page's console. */
    public record Page(String dom, List<String> console) {

        /** The elements marked {@code aria-current="true"}, each as its text content. */
        public List<String> current() {
            List<String> texts = new ArrayList<>();
            Matcher m = CURRENT.matcher(dom);
            while (m.find()) {
                texts.add(unescape(m.group(1)));
            }
            return texts;
        }

        /** The value of {@code name="..."} on the element with {@code id}, or null. */
        public String attribute(String id, String name) {
            Matcher m = Pattern.compile("<[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(dom);
            if (!m.find()) {
                return null;
            }
            Matcher a = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(m.group());
            return a.find() ? unescape(a.group(1)) : null;
        }

        /** What the page's error handler wrote on {@code <html data-errors>}, or null when nothing. */
        public String errors() {
            Matcher m = Pattern.compile("<html[^>]*\\bdata-errors=\"([^\"]*)\"").matcher(dom);
            return m.find() ? unescape(m.group(1)) : null;
        }

        /** The text of the element with {@code id} (no nested elements), or null. */
        public String text(String id) {
            Matcher m = Pattern.compile("<[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(dom);
            return m.find() ? unescape(m.group(1)) : null;
        }
    }

    private static final Pattern CURRENT = Pattern.compile("<[^>]*\\baria-current=\"true\"[^>]*>([^<]*)<");
    private static final String BINARY = System.getenv().getOrDefault("CHROMIUM", "chromium");

    private Chromium() {
    }

    /** Whether Chromium runs here; the message for a skipped test names the package. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder(BINARY, "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static final String MISSING = "chromium not on PATH: the read-along page is not tried in a browser "
            + "(apt-get install chromium)";

    /**
     * Loads {@code file} with {@code fragment} (without '#', may be empty) and dumps its DOM after
     * {@code virtualMs} of virtual time. {@code profile} is the browser profile folder: the same
     * folder keeps the page's localStorage from one load to the next. Pages may reach into other
     * local files (an iframe of the page under test) and play without a gesture.
     */
    public static Page load(Path file, String fragment, Path profile, int virtualMs) throws IOException, InterruptedException {
        Files.createDirectories(profile);
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".html");
        String url = file.toAbsolutePath().toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        Process p = new ProcessBuilder(BINARY, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--allow-file-access-from-files",
                "--autoplay-policy=no-user-gesture-required", "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=" + virtualMs, "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("chromium did not finish loading " + url + " in 2 minutes");
            }
            String dom = Files.readString(out, StandardCharsets.UTF_8);
            List<String> console = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(":CONSOLE")).toList();
            if (p.exitValue() != 0 || dom.isBlank()) {
                throw new AssertionError("chromium exited " + p.exitValue() + " on " + url + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Page(dom, console);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The segment the page must mark at {@code ms}, by the rule the README gives: the one being
     * spoken; in a pause the nearer of its two neighbours (the earlier on a tie); before the first
     * segment the first, after the last the last.
     */
    public static BookManifest.SegmentEntry spokenAt(List<BookManifest.SegmentEntry> segments, long ms) {
        BookManifest.SegmentEntry previous = null;
        for (BookManifest.SegmentEntry s : segments) {
            if (ms < s.startMs()) {
                if (previous == null) {
                    return s;
                }
                return ms - previous.endMs() <= s.startMs() - ms ? previous : s;
            }
            if (ms < s.endMs()) {
                return s;
            }
            previous = s;
        }
        return previous;
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&nbsp;", "\u00a0")
                .replace("&amp;", "&");
    }
}
