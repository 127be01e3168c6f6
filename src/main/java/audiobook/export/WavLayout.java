package audiobook.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things are in a WAV file: walks its chunks (skipping unknown ones), decodes the
 * {@code fmt }, INFO, {@code cue } and {@code adtl} chunks, and notes where the samples are.
 * Samples are not read here, so long files cost nothing to inspect.
 */
record WavLayout(WavInfo info, long dataOffset, long dataBytes) {
    private static final long MAX_METADATA_BYTES = 16L << 20;

    /** Walks the file's chunks to its end and checks that what a reader needs is there and whole. */
    static WavLayout scan(Path file, FileChannel ch) throws IOException {
        long fileSize = ch.size();
        checkRiffHeader(file, ch, fileSize);
        Chunks chunks = new Chunks(file, ch);
        // To the end of the file, not the RIFF size: some writers never fix that size up.
        long pos = 12;
        while (pos + 8 <= fileSize) {
            ByteBuffer header = read(file, ch, pos, 8);
            String id = id(header, 0);
            long size = Integer.toUnsignedLong(header.getInt(4));
            long body = pos + 8;
            if (body + size > fileSize) {
                throw new IOException(file + (id.equals("data")
                        ? ": truncated data chunk (header says " + size + " bytes, file holds " + (fileSize - body) + ")"
                        : ": truncated '" + id + "' chunk"));
            }
            chunks.take(id, body, size);
            pos = body + size + (size & 1);
        }
        return chunks.layout();
    }

    private static void checkRiffHeader(Path file, FileChannel ch, long fileSize) throws IOException {
        ByteBuffer head = read(file, ch, 0, (int) Math.min(12, fileSize));
        if (head.remaining() < 12 || !id(head, 0).equals("RIFF") || !id(head, 8).equals("WAVE")) {
            String hint = head.remaining() >= 4 && id(head, 0).equals("RF64") ? " (RF64 is not supported)" : "";
            throw new IOException(file + ": not a RIFF/WAVE file" + hint);
        }
    }

    /** What the chunks seen so far say: one method per kind of chunk we read, the rest skipped. */
    private static final class Chunks {
        private final Path file;
        private final FileChannel ch;
        private WavFormat format;
        private long dataOffset = -1;
        private long dataBytes;
        private final Map<String, String> tags = new LinkedHashMap<>();
        private final Map<Integer, Long> cues = new LinkedHashMap<>();
        private final Map<Integer, String> labels = new LinkedHashMap<>();

        Chunks(Path file, FileChannel ch) {
            this.file = file;
            this.ch = ch;
        }

        void take(String id, long body, long size) throws IOException {
            if (id.equals("data")) {
                dataOffset = body;
                dataBytes = size;
            } else if (size > MAX_METADATA_BYTES) {
                // Not one of ours and too big to be metadata (e.g. an embedded image): skipped.
            } else if (id.equals("fmt ")) {
                format = FmtChunk.parse(file, read(file, ch, body, (int) size));
            } else if (id.equals("LIST") && size >= 4) {
                list(read(file, ch, body, (int) size));
            } else if (id.equals("cue ") && size >= 4) {
                cue(read(file, ch, body, (int) size), size);
            }
        }

        private void list(ByteBuffer list) {
            String type = id(list, 0);
            if (type.equals("INFO")) {
                subchunks(list, (sub, text) -> tags.put(sub, text(text, 0)));
            } else if (type.equals("adtl")) {
                subchunks(list, (sub, text) -> {
                    if (sub.equals("labl") && text.remaining() >= 4) {
                        labels.put(text.getInt(0), text(text, 4));
                    }
                });
            }
        }

        private void cue(ByteBuffer cue, long size) {
            long count = Math.min(Integer.toUnsignedLong(cue.getInt(0)), (size - 4) / 24);
            for (int i = 0; i < count; i++) {
                int at = 4 + 24 * i;
                cues.put(cue.getInt(at), Integer.toUnsignedLong(cue.getInt(at + 20)));
            }
        }

        WavLayout layout() throws IOException {
            if (format == null) {
                throw new IOException(file + ": no fmt chunk");
            }
            if (dataOffset < 0) {
                throw new IOException(file + ": no data chunk");
            }
            if (dataBytes % format.blockAlign() != 0) {
                throw new IOException(file + ": truncated data chunk (" + dataBytes
                        + " bytes is not a whole number of " + format.blockAlign() + "-byte frames)");
            }
            List<CueMarker> markers = new ArrayList<>();
            cues.forEach((cueId, offset) -> markers.add(new CueMarker(offset, labels.getOrDefault(cueId, ""))));
            markers.sort((a, b) -> Long.compare(a.sampleOffset(), b.sampleOffset()));
            long frames = dataBytes / format.blockAlign();
            return new WavLayout(new WavInfo(format, frames, tags, markers), dataOffset, dataBytes);
        }
    }

    private interface SubchunkVisitor {
        void visit(String id, ByteBuffer body);
    }

    /** Walks the sub-chunks of a LIST body (after its four-letter type), tolerating a short tail. */
    private static void subchunks(ByteBuffer list, SubchunkVisitor visitor) {
        int pos = 4;
        while (pos + 8 <= list.limit()) {
            String id = id(list, pos);
            long size = Integer.toUnsignedLong(list.getInt(pos + 4));
            int start = pos + 8;
            int end = (int) Math.min(list.limit(), start + size);
            visitor.visit(id, list.slice(start, end - start).order(ByteOrder.LITTLE_ENDIAN));
            pos = end + (int) (size & 1);
        }
    }

    /** UTF-8 as we write it; stops at the first NUL, the terminator every writer adds. */
    private static String text(ByteBuffer body, int from) {
        byte[] bytes = new byte[body.limit() - from];
        body.get(from, bytes);
        int len = 0;
        while (len < bytes.length && bytes[len] != 0) {
            len++;
        }
        return new String(bytes, 0, len, StandardCharsets.UTF_8);
    }

    private static String id(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.get(at, four);
        return new String(four, StandardCharsets.ISO_8859_1);
    }

    static ByteBuffer read(Path file, FileChannel ch, long pos, int size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new IOException(file + ": unexpected end of file at byte " + (pos + b.position()));
            }
        }
        return b.flip();
    }
}
