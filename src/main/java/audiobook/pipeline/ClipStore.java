package audiobook.pipeline;

import audiobook.io.Disk;
import audiobook.io.FileIOException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A chapter's clips, one per segment in order, kept in a temporary file rather than the heap
 * and read back a clip at a time (once to measure the voice, once to render). Why: a chapter
 * holds every clip until it is rendered, and in memory a long chapter's clips alone outgrew a
 * 256 MB heap (a 2 h 45 min chapter is 300 MB of 16-bit samples). A clip spoken twice in the
 * chapter is stored once. The file is deleted when the store is closed; one left by a killed
 * build is removed by the next ({@link OutputFolder}).
 */
final class ClipStore implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private long[] offsets = new long[64];
    private int[] lengths = new int[64];
    private int[] rates = new int[64];
    private int segments;
    private long end;

    private ClipStore(Path file) throws IOException {
        this.file = file;
        this.channel = Disk.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** A new, empty store in {@code folder}. */
    static ClipStore in(Path folder) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(folder, ".clips-", ".pcm");
        } catch (IOException e) {
            throw new FileIOException(folder, "make a temporary file for the narration in", e);
        }
        return new ClipStore(file);
    }

    /**
     * Appends the next segment's clip.
     *
     * @throws audiobook.AudiobookException an environment error naming the file and the
     *     system's reason when it cannot be written (a full disk)
     */
    void add(HeldClip clip) {
        ByteBuffer bytes = ByteBuffer.allocate(clip.length() * 2).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asShortBuffer().put(clip.pcm());
        long at = end;
        try {
            while (bytes.hasRemaining()) {
                at += channel.write(bytes, at);
            }
        } catch (IOException e) {
            throw Disk.failure(file, "keep the chapter's narration in this temporary file", e);
        }
        record(end, clip.length(), clip.sampleRate());
        end = at;
    }

    /** The next segment's clip is the clip of an earlier segment (the same words in the same voice). */
    void repeat(int earlier) {
        record(offsets[earlier], lengths[earlier], rates[earlier]);
    }

    private void record(long offset, int length, int rate) {
        if (segments == offsets.length) {
            offsets = Arrays.copyOf(offsets, segments * 2);
            lengths = Arrays.copyOf(lengths, segments * 2);
            rates = Arrays.copyOf(rates, segments * 2);
        }
        offsets[segments] = offset;
        lengths[segments] = length;
        rates[segments] = rate;
        segments++;
    }

    int size() {
        return segments;
    }

    /** Samples in a segment's clip. */
    int length(int segment) {
        return lengths[segment];
    }

    int sampleRate(int segment) {
        return rates[segment];
    }

    /** A segment's clip, read back. */
    HeldClip get(int segment) {
        ByteBuffer bytes = ByteBuffer.allocate(lengths[segment] * 2).order(ByteOrder.LITTLE_ENDIAN);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offsets[segment] + bytes.position()) < 0) {
                    throw new IOException("the file ended early");
                }
            }
        } catch (IOException e) {
            throw Disk.failure(file, "read the chapter's narration back from this temporary file", e);
        }
        short[] pcm = new short[lengths[segment]];
        bytes.flip().asShortBuffer().get(pcm);
        return new HeldClip(pcm, rates[segment]);
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
