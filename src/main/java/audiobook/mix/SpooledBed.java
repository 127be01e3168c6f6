package audiobook.mix;

import audiobook.audio.Block;
import audiobook.audio.Source;
import audiobook.io.Disk;
import audiobook.io.FileIOException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A bed rendered once and read twice: the first reading renders it and keeps the floats in a
 * temporary file, the second reads them back. Rendering the procedural bed costs far more than
 * moving its bytes, and memory stays bounded whatever the chapter's length. The file is deleted
 * when the spool is closed.
 */
public final class SpooledBed implements AutoCloseable {

    private static final int BUFFER_FRAMES = 8192;

    private final Source source;
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_FRAMES * 2 * Float.BYTES).order(ByteOrder.nativeOrder());
    private final FloatBuffer floats = bytes.asFloatBuffer();
    private final float[] pieceLeft = new float[BUFFER_FRAMES];
    private final float[] pieceRight = new float[BUFFER_FRAMES];
    private int held;
    private long recorded;

    public SpooledBed(Source source, Path folder) throws IOException {
        this.source = source;
        try {
            this.file = Files.createTempFile(folder, ".bed-", ".f32");
        } catch (IOException e) {
            throw new FileIOException(folder, "make a temporary file for the ambience in", e);
        }
        this.channel = Disk.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** The first reading: renders the source and spools every frame it gives. */
    public Source recording() {
        return block -> {
            source.next(block);
            float[] left = block.channel(0);
            float[] right = block.channel(1);
            int frames = block.frames();
            for (int done = 0; done < frames; ) {
                int n = Math.min(BUFFER_FRAMES - held, frames - done);
                System.arraycopy(left, done, pieceLeft, held, n);
                System.arraycopy(right, done, pieceRight, held, n);
                held += n;
                done += n;
                if (held == BUFFER_FRAMES) {
                    spoolPiece();
                }
            }
        };
    }

    /**
     * The file holds pieces of {@code BUFFER_FRAMES} frames (the last may be shorter), each as
     * its left channel then its right: two bulk copies a piece rather than two calls a frame.
     */
    private void spoolPiece() {
        floats.clear();
        floats.put(pieceLeft, 0, held).put(pieceRight, 0, held);
        bytes.clear().limit(held * 2 * Float.BYTES);
        writeFully();
        recorded += held;
        held = 0;
    }

    /** The second reading: the same frames, from the spool, from the start. */
    public Source replay() {
        if (held > 0) {
            spoolPiece();
        }
        return new Replay();
    }

    /** Reads the spool piece by piece and hands its frames out in whatever blocks are asked for. */
    private final class Replay implements Source {
        private long position;
        private long replayed;
        private int available;
        private int read;

        @Override
        public void next(Block block) {
            float[] left = block.channel(0);
            float[] right = block.channel(1);
            int frames = block.frames();
            for (int done = 0; done < frames; ) {
                if (read == available) {
                    int n = (int) Math.min(BUFFER_FRAMES, recorded - replayed);
                    bytes.clear().limit(n * 2 * Float.BYTES);
                    position += readFully(position);
                    floats.clear();
                    floats.get(pieceLeft, 0, n).get(pieceRight, 0, n);
                    replayed += n;
                    available = n;
                    read = 0;
                }
                int n = Math.min(available - read, frames - done);
                System.arraycopy(pieceLeft, read, left, done, n);
                System.arraycopy(pieceRight, read, right, done, n);
                read += n;
                done += n;
            }
        }
    }

    private void writeFully() {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw Disk.failure(file, "keep the chapter's ambience in this temporary file", e);
        }
    }

    private int readFully(long at) {
        try {
            int read = 0;
            while (bytes.hasRemaining()) {
                int n = channel.read(bytes, at + read);
                if (n < 0) {
                    throw new IOException("spool ended early");
                }
                read += n;
            }
            return read;
        } catch (IOException e) {
            throw Disk.failure(file, "read the chapter's ambience back from this temporary file", e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
