package audiobook.mix;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private final AmbienceSource source;
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_FRAMES * 2 * Float.BYTES).order(ByteOrder.nativeOrder());
    private final FloatBuffer floats = bytes.asFloatBuffer();

    public SpooledBed(AmbienceSource source, Path folder) throws IOException {
        this.source = source;
        this.file = Files.createTempFile(folder, ".bed-", ".f32");
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
    }

    /** The first reading: renders the source and spools every frame it gives. */
    public AmbienceSource recording() {
        return (left, right, frames) -> {
            source.next(left, right, frames);
            for (int done = 0; done < frames; ) {
                int n = Math.min(BUFFER_FRAMES, frames - done);
                floats.clear();
                for (int i = done; i < done + n; i++) {
                    floats.put(left[i]).put(right[i]);
                }
                bytes.clear().limit(n * 2 * Float.BYTES);
                writeFully();
                done += n;
            }
        };
    }

    /** The second reading: the same frames, from the spool, from the start. */
    public AmbienceSource replay() {
        long[] position = {0};
        return (left, right, frames) -> {
            for (int done = 0; done < frames; ) {
                int n = Math.min(BUFFER_FRAMES, frames - done);
                bytes.clear().limit(n * 2 * Float.BYTES);
                position[0] += readFully(position[0]);
                floats.clear();
                for (int i = done; i < done + n; i++) {
                    left[i] = floats.get();
                    right[i] = floats.get();
                }
                done += n;
            }
        };
    }

    private void writeFully() {
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool the ambience to " + file, e);
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
            throw new UncheckedIOException("cannot read the spooled ambience from " + file, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
