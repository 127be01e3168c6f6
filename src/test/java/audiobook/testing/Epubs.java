package audiobook.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.BookManifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading an EPUB in tests: epubcheck (Debian's {@code epubcheck}, a jar the test runs with
 * {@code java -jar} when the system cannot execute it directly) and the media overlays, read the
 * way a reading system finds them: container, package, spine, each item's {@code media-overlay}.
 */
public final class Epubs {

    public static final String MISSING = "epubcheck not installed: the EPUB is not validated (apt-get install epubcheck)";

    /** epubcheck's verdict: its exit code and everything it printed. */
    public record Check(int exit, String output) {
        public boolean clean() {
            return exit == 0 && output.contains("No errors or warnings detected");
        }
    }

    /** A {@code par}: the id its text points at, and its clip in milliseconds. */
    public record Par(String textId, long clipBeginMs, long clipEndMs, String audio) {
    }

    private Epubs() {
    }

    private static List<String> epubcheckCommand() {
        for (Path jar : List.of(Path.of("/usr/share/java/epubcheck.jar"), Path.of("/usr/share/epubcheck/epubcheck.jar"))) {
            if (Files.isRegularFile(jar)) {
                return List.of("java", "-jar", jar.toString());
            }
        }
        return List.of("epubcheck");
    }

    public static boolean epubcheckAvailable() {
        try {
            Process p = start(List.of("--version"), null);
            return p.waitFor(60, TimeUnit.SECONDS) && new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .contains("EPUBCheck");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(epubcheckCommand());
        command.addAll(args);
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        return log == null ? b.start() : b.redirectOutput(log.toFile()).start();
    }

    public static Check epubcheck(Path epub) throws IOException, InterruptedException {
        Path log = Files.createTempFile(epub.getParent(), "epubcheck", ".txt");
        try {
            Process p = start(List.of(epub.toString()), log);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("epubcheck did not finish in 5 minutes");
            }
            return new Check(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Each spine item's overlay, in reading order, as its {@code par}s. */
    public static List<List<Par>> overlays(Path epub) throws Exception {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Document container = xml(zip, "META-INF/container.xml");
            String opfPath = ((Element) container.getElementsByTagNameNS("*", "rootfile").item(0)).getAttribute("full-path");
            String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
            Document opf = xml(zip, opfPath);
            Map<String, Element> items = new HashMap<>();
            NodeList list = opf.getElementsByTagNameNS("*", "item");
            for (int i = 0; i < list.getLength(); i++) {
                Element item = (Element) list.item(i);
                items.put(item.getAttribute("id"), item);
            }
            List<List<Par>> overlays = new ArrayList<>();
            NodeList spine = opf.getElementsByTagNameNS("*", "itemref");
            for (int i = 0; i < spine.getLength(); i++) {
                Element item = items.get(((Element) spine.item(i)).getAttribute("idref"));
                if (item.getAttribute("media-overlay").isEmpty()) {
                    continue;
                }
                Document smil = xml(zip, base + items.get(item.getAttribute("media-overlay")).getAttribute("href"));
                List<Par> pars = new ArrayList<>();
                NodeList parList = smil.getElementsByTagNameNS("*", "par");
                for (int j = 0; j < parList.getLength(); j++) {
                    Element par = (Element) parList.item(j);
                    Element text = (Element) par.getElementsByTagNameNS("*", "text").item(0);
                    Element audio = (Element) par.getElementsByTagNameNS("*", "audio").item(0);
                    String src = text.getAttribute("src");
                    pars.add(new Par(src.substring(src.indexOf('#') + 1), clockMs(audio.getAttribute("clipBegin")),
                            clockMs(audio.getAttribute("clipEnd")), audio.getAttribute("src")));
                }
                overlays.add(pars);
            }
            return overlays;
        }
    }

    /**
     * One {@code par} per manifest segment, in order, pointing at {@code sN}; its clip begins at
     * the segment's start and ends at the next segment's start (the last at the chapter's end),
     * all within {@code toleranceMs}.
     */
    public static void assertOverlaysMatch(Path epub, BookManifest manifest, long toleranceMs) throws Exception {
        List<List<Par>> overlays = overlays(epub);
        assertEquals(manifest.chapters().size(), overlays.size(), "one overlay per chapter");
        for (int c = 0; c < overlays.size(); c++) {
            BookManifest.ChapterEntry chapter = manifest.chapters().get(c);
            List<Par> pars = overlays.get(c);
            assertEquals(chapter.segments().size(), pars.size(), "chapter " + chapter.number() + ": one par per segment");
            for (int i = 0; i < pars.size(); i++) {
                BookManifest.SegmentEntry s = chapter.segments().get(i);
                Par par = pars.get(i);
                long end = i + 1 < pars.size() ? chapter.segments().get(i + 1).startMs() : chapter.durationMs();
                String where = "chapter " + chapter.number() + " segment " + s.index() + ": ";
                assertEquals("s" + s.index(), par.textId(), where + "text id");
                assertTrue(Math.abs(par.clipBeginMs() - s.startMs()) <= toleranceMs,
                        where + "clipBegin " + par.clipBeginMs() + " vs start_ms " + s.startMs());
                assertTrue(Math.abs(par.clipEndMs() - end) <= toleranceMs, where + "clipEnd " + par.clipEndMs() + " vs " + end);
                assertTrue(par.clipEndMs() >= s.endMs(), where + "the clip holds the whole sentence");
            }
        }
    }

    /** A SMIL clock value: {@code H:MM:SS.fff}, {@code MM:SS.fff}, or a timecount ({@code 1.5s}, {@code 1500ms}). */
    public static long clockMs(String value) {
        String v = value.strip();
        if (v.endsWith("ms")) {
            return Math.round(Double.parseDouble(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("s") && !v.contains(":")) {
            return Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000);
        }
        double seconds = 0;
        for (String part : v.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return Math.round(seconds * 1000);
    }

    /** An entry of the zip as text. */
    public static String entry(Path epub, String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            ZipEntry e = zip.getEntry(name);
            if (e == null) {
                throw new AssertionError(epub + " has no " + name);
            }
            try (InputStream in = zip.getInputStream(e)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private static Document xml(ZipFile zip, String name) throws Exception {
        ZipEntry e = zip.getEntry(name);
        if (e == null) {
            throw new AssertionError("the EPUB has no " + name);
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = zip.getInputStream(e)) {
            return f.newDocumentBuilder().parse(in);
        }
    }
}
