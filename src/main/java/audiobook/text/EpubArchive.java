package audiobook.text;

import audiobook.AudiobookException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An EPUB's zip archive, read with limits a hostile or damaged file cannot get past: at most
 * {@value #MAX_ENTRIES} entries, {@value #MAX_ENTRY_MIB} MiB inflated per entry and {@value
 * #MAX_TOTAL_MIB} MiB in all, counted as the bytes come out (the sizes an archive declares may
 * lie). Its XML (container, package, navigation, XHTML) must be well-formed: it is checked with
 * the JDK's parser, which loads no external DTD or entity, after HTML's named entities
 * ({@code &nbsp;}, which XHTML 1.1 documents take from their DTD) are written as numbers; then
 * jsoup's XML parser gives the tree. Every failure is one line naming the book and the entry.
 */
final class EpubArchive implements Closeable {

    static final int MAX_ENTRIES = 50_000;
    static final int MAX_ENTRY_MIB = 64;
    static final int MAX_TOTAL_MIB = 1024;
    private static final Pattern ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final SAXParserFactory SAX = secureFactory();

    private final Path file;
    private final ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, String> lowerCase = new HashMap<>();
    private long inflated;

    private EpubArchive(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    static EpubArchive open(Path file) {
        if (Files.isDirectory(file)) {
            throw AudiobookException.input(file + ": is a folder, not a story file");
        }
        if (!Files.exists(file)) {
            throw AudiobookException.input(file + ": no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), ZipFile.OPEN_READ, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such file");
        } catch (ZipException e) {
            throw AudiobookException.input(file + ": is not an EPUB: not a zip archive, or a damaged one ("
                    + e.getMessage() + ")");
        } catch (IOException e) {
            throw AudiobookException.input(file + ": cannot be read (" + e.getMessage() + ")");
        }
        EpubArchive archive = new EpubArchive(file, zip);
        try {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (archive.entries.size() >= MAX_ENTRIES) {
                    throw archive.fail("has more than " + MAX_ENTRIES + " files in its archive; it is damaged or hostile");
                }
                archive.entries.put(entry.getName(), entry);
                archive.lowerCase.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry.getName());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            archive.close();
            throw AudiobookException.input(file + ": is a damaged zip archive (" + e.getMessage() + ")");
        } catch (AudiobookException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    Path file() {
        return file;
    }

    AudiobookException fail(String what) {
        return AudiobookException.input(file + ": " + what);
    }

    /** The entry's name as stored: exactly, or else by a case-insensitive match; null when absent. */
    String find(String name) {
        if (entries.containsKey(name)) {
            return name;
        }
        return lowerCase.get(name.toLowerCase(Locale.ROOT));
    }

    boolean has(String name) {
        return find(name) != null;
    }

    /** An entry's bytes; {@code what} names it in the error when it is missing ("the package document"). */
    byte[] bytes(String name, String what) {
        String stored = find(name);
        if (stored == null) {
            throw fail(what + " (" + name + ") is missing from the archive");
        }
        ZipEntry entry = entries.get(stored);
        long limit = (long) MAX_ENTRY_MIB << 20;
        if (entry.getSize() > limit) {
            throw fail(stored + " is larger than " + MAX_ENTRY_MIB + " MiB uncompressed; the archive is damaged or hostile");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(entry.getSize(), 1 << 20)));
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
                inflated += n;
                if (read > limit) {
                    throw fail(stored + " is larger than " + MAX_ENTRY_MIB
                            + " MiB uncompressed; the archive is damaged or hostile");
                }
                if (inflated > (long) MAX_TOTAL_MIB << 20) {
                    throw fail("inflates to more than " + MAX_TOTAL_MIB + " MiB; the archive is damaged or hostile");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (ZipException e) {
            throw fail(stored + " is damaged in the archive (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw fail(stored + " cannot be read from the archive (" + e.getMessage() + ")");
        }
    }

    /** An XML entry as a tree, after checking it is well-formed. */
    Document xml(String name, String what) {
        String text = entities(decode(bytes(name, what), find(name)));
        check(text, find(name));
        return Jsoup.parse(text, "", Parser.xmlParser());
    }

    /** An HTML entry (media type {@code text/html}) read as HTML: forgiving, as browsers are. */
    Document html(String name, String what) {
        return Jsoup.parse(decode(bytes(name, what), find(name)), "");
    }

    /** Decodes by the byte-order mark, else the XML declaration's encoding, else UTF-8; strictly. */
    private String decode(byte[] bytes, String name) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else {
            String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
            Matcher m = ENCODING.matcher(head);
            if (m.find()) {
                try {
                    charset = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw fail(name + " declares an encoding Java does not know (" + m.group(1) + ")");
                }
            }
        }
        try {
            CharBuffer chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw fail(name + " is not valid " + charset.name() + " text");
        }
    }

    /** HTML's named entities as numeric references; XML's own five stay. */
    static String entities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = m.group();
            if (!name.equals("amp") && !name.equals("lt") && !name.equals("gt") && !name.equals("quot")
                    && !name.equals("apos") && Entities.isNamedEntity(name)) {
                String chars = Entities.getByName(name);
                StringBuilder refs = new StringBuilder();
                chars.codePoints().forEach(cp -> refs.append("&#").append(cp).append(';'));
                replacement = refs.toString();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void check(String text, String name) {
        try {
            SAXParser parser;
            synchronized (SAX) {
                parser = SAX.newSAXParser();
            }
            parser.parse(new InputSource(new StringReader(text)), new DefaultHandler());
        } catch (SAXParseException e) {
            throw fail(name + " is not well-formed XML (line " + e.getLineNumber() + ": " + oneLine(e.getMessage()) + ")");
        } catch (SAXException e) {
            throw fail(name + " is not well-formed XML (" + oneLine(e.getMessage()) + ")");
        } catch (ParserConfigurationException | IOException e) {
            throw fail(name + " cannot be parsed (" + oneLine(e.getMessage()) + ")");
        }
    }

    private static String oneLine(String message) {
        return message == null ? "" : Words.fold(message);
    }

    private static SAXParserFactory secureFactory() {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
        return f;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Nothing was written; a failure to close a read-only file changes nothing.
        }
    }
}
