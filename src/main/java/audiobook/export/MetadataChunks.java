package audiobook.export;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Encodes {@link WavMetadata} as the RIFF chunks that follow the data chunk, in the order
 * ffmpeg needs: {@code LIST/INFO}, then {@code cue }, then {@code LIST/adtl} (ffmpeg only
 * attaches {@code labl} texts to cue points it has already read). Texts are UTF-8, which
 * ffmpeg passes through as is, NUL-terminated, and every chunk is padded to an even length.
 */
final class MetadataChunks {
    /** Labels longer than this are cut at a word: editors show them on one line of a timeline. */
    static final int MAX_LABEL_CHARS = 200;

    private MetadataChunks() {
    }

    static byte[] encode(WavMetadata metadata) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] info = info(metadata);
        if (info.length > 0) {
            chunk(out, "LIST", concat(ascii("INFO"), info));
        }
        List<CueMarker> markers = new ArrayList<>(metadata.markers());
        markers.sort(Comparator.comparingLong(CueMarker::sampleOffset));
        if (!markers.isEmpty()) {
            chunk(out, "cue ", cuePoints(markers));
            ByteArrayOutputStream labels = new ByteArrayOutputStream();
            labels.writeBytes(ascii("adtl"));
            for (int i = 0; i < markers.size(); i++) {
                byte[] text = zstring(truncateLabel(markers.get(i).label()));
                chunk(labels, "labl", concat(le32(i + 1), text));
            }
            chunk(out, "LIST", labels.toByteArray());
        }
        return out.toByteArray();
    }

    /** Cuts at the last space before the limit (or hard at the limit) and marks the cut. */
    static String truncateLabel(String label) {
        String clean = label.replaceAll("\\s+", " ").strip();
        if (clean.length() <= MAX_LABEL_CHARS) {
            return clean;
        }
        int end = clean.lastIndexOf(' ', MAX_LABEL_CHARS - 1);
        if (end < MAX_LABEL_CHARS / 2) {
            end = MAX_LABEL_CHARS - 1;
            if (Character.isHighSurrogate(clean.charAt(end - 1))) {
                end--;
            }
        }
        return clean.substring(0, end).stripTrailing() + "…";
    }

    private static byte[] info(WavMetadata m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tag(out, "INAM", m.title());
        tag(out, "IPRD", m.album());
        // IART is the artist to ffmpeg, VLC, foobar2000 and Windows; mediainfo reads it the AVI way,
        // as "Director", and shows ISTR as "Performer", so the author goes in both.
        tag(out, "IART", m.artist());
        tag(out, "ISTR", m.artist());
        tag(out, "ITRK", m.track() > 0 ? Integer.toString(m.track()) : null);
        tag(out, "ICMT", m.comment());
        tag(out, "ISFT", m.software());
        return out.toByteArray();
    }

    private static void tag(ByteArrayOutputStream out, String id, String text) {
        if (text != null && !text.isBlank()) {
            chunk(out, id, zstring(text));
        }
    }

    /** 24 bytes per point; position and sample offset are the same for a file without a playlist. */
    private static byte[] cuePoints(List<CueMarker> markers) {
        ByteBuffer b = ByteBuffer.allocate(4 + 24 * markers.size()).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(markers.size());
        for (int i = 0; i < markers.size(); i++) {
            int offset = (int) markers.get(i).sampleOffset();
            b.putInt(i + 1).putInt(offset).put(ascii("data")).putInt(0).putInt(0).putInt(offset);
        }
        return b.array();
    }

    /** A NUL inside would end the string early for every reader, so control characters go. */
    private static byte[] zstring(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", " ");
        return concat(clean.getBytes(StandardCharsets.UTF_8), new byte[] {0});
    }

    private static void chunk(ByteArrayOutputStream out, String id, byte[] body) {
        out.writeBytes(ascii(id));
        out.writeBytes(le32(body.length));
        out.writeBytes(body);
        if ((body.length & 1) != 0) {
            out.write(0);
        }
    }

    static byte[] le32(long value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array();
    }

    static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
