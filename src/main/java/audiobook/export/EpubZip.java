package audiobook.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The EPUB's zip container (OCF): the {@code mimetype} entry first and stored uncompressed, as
 * reading systems sniff it at a fixed offset; text deflated; MP3s and images stored (they do not
 * shrink). Every entry carries the same time, so the same book gives the same entries.
 */
final class EpubZip {

    private final ZipOutputStream zip;
    private final long time;

    EpubZip(OutputStream out, Instant time) {
        this.zip = new ZipOutputStream(out);
        this.time = time.toEpochMilli();
    }

    void mimetype() throws IOException {
        byte[] bytes = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        zip.putNextEntry(stored("mimetype", bytes.length, crc.getValue()));
        zip.write(bytes);
        zip.closeEntry();
    }

    void text(String name, String text) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A stored entry must name its CRC before its bytes: the file is read twice, never held. */
    void file(String name, Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        zip.putNextEntry(stored(name, Files.size(file), crc.getValue()));
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(zip);
        }
        zip.closeEntry();
    }

    void finish() throws IOException {
        zip.finish();
    }

    private ZipEntry stored(String name, long size, long crc) {
        ZipEntry e = new ZipEntry(name);
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc);
        e.setTime(time);
        return e;
    }
}
