package audiobook.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * An ID3v2.3 tag, the one every player and tagger reads (v2.4 is still missing from Windows
 * and some car stereos): {@code TIT2} title, {@code TALB} album, {@code TPE1} artist,
 * {@code TPE2} album artist, {@code TRCK} "n/N", {@code TYER} year, {@code TCON} genre,
 * {@code COMM} comment and {@code APIC} front cover.
 *
 * <p>Why our own writer and not jump3r's (LAME's {@code id3tag.c}): that one refuses a cover
 * above 128 KiB ({@code LAME_MAXALBUMART}), which a publisher's cover often is, sets titles in
 * Latin-1 only unless each is given as UCS-2 by hand, and has no album artist. The format is
 * small: a 10-byte header with a syncsafe size, then frames of a 4-letter id, a 32-bit size,
 * two flag bytes and the content. Texts are Latin-1 when they can be, else UTF-16 with a
 * byte-order mark; no unsynchronisation, no padding.
 */
public final class Id3v2Tag {

    private static final int HEADER = 10;
    private static final int LATIN_1 = 0;
    private static final int UTF_16 = 1;
    private static final int FRONT_COVER = 3;
    /** The size field holds 28 bits. */
    static final int MAX_SIZE = (1 << 28) - 1;

    private Id3v2Tag() {
    }

    /** The whole tag, header included, to be written at the very start of the file. */
    public static byte[] encode(AudioTags tags) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        text(frames, "TIT2", tags.title());
        text(frames, "TALB", tags.album());
        text(frames, "TPE1", tags.artist());
        text(frames, "TPE2", tags.albumArtist());
        if (tags.track() > 0) {
            text(frames, "TRCK", tags.trackTotal() > 0 ? tags.track() + "/" + tags.trackTotal()
                    : String.valueOf(tags.track()));
        }
        text(frames, "TYER", tags.year());
        text(frames, "TCON", tags.genre());
        if (tags.comment() != null && !tags.comment().isEmpty()) {
            int encoding = encodingFor(tags.comment());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(encoding);
            body.writeBytes("eng".getBytes(StandardCharsets.ISO_8859_1));
            body.writeBytes(terminated("", encoding));     // no short description
            body.writeBytes(bytes(tags.comment(), encoding));
            frame(frames, "COMM", body.toByteArray());
        }
        if (tags.cover() != null) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(LATIN_1);
            body.writeBytes(terminated(tags.cover().mediaType(), LATIN_1));
            body.write(FRONT_COVER);
            body.writeBytes(terminated("", LATIN_1));      // no description
            body.writeBytes(tags.cover().raw());
            frame(frames, "APIC", body.toByteArray());
        }
        int size = frames.size();
        if (size > MAX_SIZE) {
            throw new IllegalArgumentException("ID3 tag of " + size + " bytes is over the format's 256 MiB; "
                    + "use a smaller cover");
        }
        ByteArrayOutputStream tag = new ByteArrayOutputStream(HEADER + size);
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        tag.writeBytes(syncsafe(size));
        tag.writeBytes(frames.toByteArray());
        return tag.toByteArray();
    }

    private static void text(ByteArrayOutputStream frames, String id, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        int encoding = encodingFor(value);
        byte[] text = bytes(value, encoding);
        byte[] body = new byte[1 + text.length];
        body[0] = (byte) encoding;
        System.arraycopy(text, 0, body, 1, text.length);
        frame(frames, id, body);
    }

    private static void frame(ByteArrayOutputStream frames, String id, byte[] body) {
        frames.writeBytes(id.getBytes(StandardCharsets.ISO_8859_1));
        int n = body.length;
        frames.writeBytes(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n, 0, 0});
        frames.writeBytes(body);
    }

    /** Latin-1 when every character has a Latin-1 byte (ID3 allows no other single-byte set), else UTF-16. */
    static int encodingFor(String text) {
        return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text) ? LATIN_1 : UTF_16;
    }

    private static byte[] bytes(String text, int encoding) {
        // Java's UTF-16 writes a big-endian byte-order mark first, as ID3's encoding 1 asks.
        Charset charset = encoding == LATIN_1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16;
        return text.getBytes(charset);
    }

    private static byte[] terminated(String text, int encoding) {
        byte[] b = encoding == LATIN_1 ? text.getBytes(StandardCharsets.ISO_8859_1)
                : text.isEmpty() ? new byte[0] : bytes(text, encoding);
        int zeros = encoding == LATIN_1 ? 1 : 2;
        byte[] out = new byte[b.length + zeros];
        System.arraycopy(b, 0, out, 0, b.length);
        return out;
    }

    /** Seven bits a byte, most significant first: no byte of the size looks like an MPEG sync. */
    static byte[] syncsafe(int size) {
        return new byte[] {(byte) ((size >>> 21) & 0x7F), (byte) ((size >>> 14) & 0x7F), (byte) ((size >>> 7) & 0x7F),
            (byte) (size & 0x7F)};
    }

    /** The size of the tag at the start of {@code head} (header included), or 0 when it has none. */
    static int sizeAt(byte[] head) {
        if (head.length < HEADER || head[0] != 'I' || head[1] != 'D' || head[2] != '3') {
            return 0;
        }
        return HEADER + ((head[6] & 0x7F) << 21 | (head[7] & 0x7F) << 14 | (head[8] & 0x7F) << 7 | (head[9] & 0x7F));
    }
}
