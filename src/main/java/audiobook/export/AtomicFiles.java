package audiobook.export;

import audiobook.io.Disk;
import audiobook.io.FileIOException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes files so that the final name only ever holds complete content: the bytes go to
 * {@code .NAME.PID.part} in the same folder (same file system, so the rename is atomic), are
 * synced to disk, and are then renamed over the final name. On any failure the temporary
 * file is deleted and an existing file under the final name is left as it was.
 *
 * <p>The temporary name carries the writer's process id, so two processes never write the
 * same temporary file (a build also locks its folder, see {@code BookLock}); the leftovers of a
 * build killed outright are removed by the next build of the folder. A failure is a
 * {@link FileIOException} naming the final file.
 */
public final class AtomicFiles {

    /** Produces a file's content; may close the stream it is given (Jackson does by default). */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8 (no byte-order mark). */
    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Objects.requireNonNull(content, "content");
        write(target, out -> out.write(content));
    }

    /** Streams content into the file; parent folders are created when missing. */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path temp = tempFor(target);
        try {
            try (FileChannel channel = openTemp(temp)) {
                OutputStream out = new KeepOpenStream(Channels.newOutputStream(channel));
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            publish(temp, target);
        } catch (FileIOException e) {
            deleteQuietly(temp);
            throw e;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new FileIOException(target, "write", e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    private static final long PID = ProcessHandle.current().pid();

    /** {@code dir/.NAME.PID.part}: hidden, and in the same folder so that the rename is atomic. */
    static Path tempFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "." + PID + ".part");
    }

    static FileChannel openTemp(Path temp) throws IOException {
        Files.createDirectories(temp.getParent());
        return Disk.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Renames a complete, synced temporary file over the target. */
    static void publish(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.toAbsolutePath().getParent());
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Nothing better to do: the original failure is what the caller needs to see.
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, hence best effort. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open folders as channels; the content itself is already synced.
        }
    }

    /** Lets a writer close "its" stream without closing the channel we still have to sync. */
    private static final class KeepOpenStream extends FilterOutputStream {
        KeepOpenStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
