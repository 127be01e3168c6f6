package audiobook.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/**
 * A cover picture as embedded in the MP3s (ID3 {@code APIC}) and the M4B ({@code covr}) and
 * written beside them: a JPEG or PNG file's bytes, kept as they are (never re-encoded), with
 * the size it decodes to.
 *
 * @param mediaType {@code image/jpeg} or {@code image/png}, from the bytes themselves
 */
public record CoverImage(String mediaType, byte[] bytes, int width, int height) {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    public CoverImage {
        if (!JPEG.equals(mediaType) && !PNG.equals(mediaType)) {
            throw new IllegalArgumentException("a cover is a JPEG or PNG image, not " + mediaType);
        }
        bytes = bytes.clone();
    }

    /**
     * Reads and checks an image file: it must be a JPEG or PNG that decodes.
     *
     * @throws IOException naming the file and what is wrong with it
     */
    public static CoverImage read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (IOException e) {
            throw new IOException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return of(bytes, file.toString());
    }

    /**
     * An image from its bytes, whatever type it claims elsewhere (an EPUB's manifest can be
     * wrong): the bytes say whether it is a JPEG or a PNG, and it must decode.
     *
     * @param source names the image in the message of the exception
     */
    public static CoverImage of(byte[] bytes, String source) throws IOException {
        String type = sniff(bytes);
        if (type == null) {
            throw new IOException(source + ": not a JPEG or PNG image; a cover must be one of those");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new IOException(source + ": looks like a " + (type.equals(JPEG) ? "JPEG" : "PNG")
                    + " but does not decode (damaged or truncated)");
        }
        return new CoverImage(type, bytes, image.getWidth(), image.getHeight());
    }

    /** {@code image/jpeg} or {@code image/png} by the file's magic bytes, or null. */
    static String sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == '\r' && b[5] == '\n' && b[6] == 0x1A && b[7] == '\n') {
            return PNG;
        }
        return null;
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes without a copy, for writers in this package. */
    byte[] raw() {
        return bytes;
    }

    /** The file name it is written under in the book's folder: {@code cover.jpg} or {@code cover.png}. */
    public String fileName() {
        return JPEG.equals(mediaType) ? "cover.jpg" : "cover.png";
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Prints its identity, not its bytes, so that records holding a cover print (and fingerprint) by content. */
    @Override
    public String toString() {
        return "CoverImage[" + mediaType + ", " + width + "x" + height + ", " + bytes.length + " bytes, sha256 "
                + sha256() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverImage c && c.mediaType.equals(mediaType) && java.util.Arrays.equals(c.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }
}
