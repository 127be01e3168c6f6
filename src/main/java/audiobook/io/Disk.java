package audiobook.io;

import audiobook.AudiobookException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every file the build writes is opened here, so that a failing disk is one kind of failure
 * everywhere: an environment error (exit 3) that names the file and gives the operating
 * system's reason, "no space left on device", never an internal error.
 *
 * <p>Tests can make the disk fail: {@link #failWrites} makes every write to matching files
 * throw the {@link IOException} a full disk throws, which is how each write site (the spools
 * of narration and bed, the WAVs, the segment cache, the manifest and the other companions)
 * is tested without filling a real disk.
 */
public final class Disk {

    /** What a full disk says on Linux (ENOSPC), as {@link FileChannel#write} reports it. */
    public static final String NO_SPACE = "No space left on device";

    /** A fault a test set up: which files, and how many bytes each takes before the disk is full. */
    private record Fault(Predicate<Path> where, long room) {
    }

    private static volatile Fault fault = null;

    private Disk() {
    }

    /** Opens a file for writing (and reading, when asked) like {@link FileChannel#open}. */
    public static FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException {
        FileChannel channel = FileChannel.open(file, options);
        Fault f = fault;
        return f != null && f.where().test(file) ? new FailingChannel(channel, f.room()) : channel;
    }

    public static FileChannel open(Path file, OpenOption... options) throws IOException {
        return open(file, Set.of(options));
    }

    /**
     * From now on, files whose path matches take {@code room} bytes each and then fail every
     * write as on a full disk; close the handle to stop. Meant for tests; one fault at a time.
     */
    public static AutoCloseable failWrites(Predicate<Path> where, long room) {
        fault = new Fault(where, room);
        return () -> fault = null;
    }

    /** Writes to matching files fail from the first byte. */
    public static AutoCloseable failWrites(Predicate<Path> where) {
        return failWrites(where, 0);
    }

    /**
     * The operating system's reason for a failure, in lower case ("no space left on device",
     * "permission denied"), without the file name Java often puts in front.
     */
    public static String reason(Throwable e) {
        Throwable cause = e;
        // Our own wrappers say where; the innermost I/O failure says why.
        while (cause.getCause() instanceof IOException inner && inner != cause) {
            cause = inner;
        }
        String reason;
        if (cause instanceof ClosedByInterruptException || cause instanceof InterruptedIOException) {
            reason = "stopped";
        } else if (cause instanceof NoSuchFileException) {
            reason = "no such file or folder";
        } else if (cause instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (cause instanceof FileSystemException fs) {
            reason = fs.getReason() != null ? fs.getReason() : cause.getClass().getSimpleName();
        } else {
            reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        }
        reason = reason.lines().findFirst().orElse(reason).strip();
        return reason.isEmpty() ? cause.getClass().getSimpleName()
                : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    /** Whether the failure is a full disk, so that the message can say what to do. */
    public static boolean isFull(Throwable e) {
        String r = reason(e).toLowerCase(Locale.ROOT);
        return r.contains("no space left") || r.contains("disk quota exceeded") || r.contains("file too large");
    }

    /**
     * The environment error for a failed write: {@code FILE: cannot WHAT (REASON)}, with advice
     * when the disk is full.
     */
    public static AudiobookException failure(Path file, String what, Throwable e) {
        String advice = isFull(e) ? "; free some space or write the book elsewhere with -o" : "";
        return AudiobookException.environment(file + ": cannot " + what + " (" + reason(e) + ")" + advice, e);
    }

    /**
     * The environment error for any I/O failure of a build: the file and action a
     * {@link FileIOException} names, else {@code fallback} and "write the audiobook".
     */
    public static AudiobookException failure(Path fallback, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileIOException f) {
                return failure(f.file(), f.what(), f);
            }
        }
        return failure(fallback, "write the audiobook", e);
    }

    /**
     * What a path is when it is not a regular file, for messages that say why a file cannot be
     * used: "a folder", "a device", "a pipe (FIFO)", "a socket", "missing"; null for a regular file.
     */
    public static String notAFile(Path path) {
        if (java.nio.file.Files.isRegularFile(path)) {
            return null;
        }
        if (java.nio.file.Files.isDirectory(path)) {
            return "a folder";
        }
        if (!java.nio.file.Files.exists(path)) {
            return "missing";
        }
        try {
            int mode = (Integer) java.nio.file.Files.getAttribute(path, "unix:mode");
            switch (mode & 0170000) {
                case 0020000:
                case 0060000:
                    return "a device";
                case 0010000:
                    return "a pipe (FIFO)";
                case 0140000:
                    return "a socket";
                default:
                    return "not a regular file";
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file";
        }
    }

    /**
     * Checks that a file the user named can be read as a whole: a regular file, at most
     * {@code maxBytes} long. Returns null when it can, else why not ("is a folder", "is 3.2 GB;
     * at most 100 MB are read"), for the caller's one-line message.
     */
    public static String unreadable(Path path, long maxBytes) {
        String kind = notAFile(path);
        if ("missing".equals(kind)) {
            return "does not exist";
        }
        if (kind != null) {
            return "is " + kind + ", not a file";
        }
        if (!java.nio.file.Files.isReadable(path)) {
            return "cannot be read (permission denied)";
        }
        try {
            long size = java.nio.file.Files.size(path);
            if (size > maxBytes) {
                return String.format(Locale.ROOT, "is %s; at most %s are read", size(size), size(maxBytes));
            }
        } catch (IOException e) {
            return "cannot be read (" + reason(e) + ")";
        }
        return null;
    }

    /** "3.2 GB", "50 MB", "812 KB". */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return bytes % (1L << 20) == 0 ? (bytes >> 20) + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    /** Writes a whole file through {@link #open}, creating or truncating it. */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = open(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
