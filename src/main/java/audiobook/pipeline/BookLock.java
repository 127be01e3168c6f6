package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.io.Disk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock a build holds on its book's folder, so that two builds never write one book: the
 * file {@code .lock} in the folder, locked by the operating system for as long as the build
 * runs, holding the owner's process id and host ({@code pid 1234 on host}).
 *
 * <p>The operating system's lock is taken atomically and released by the kernel when the
 * process ends, however it ends, so a lock can never be stuck; the text in the file is for
 * people and for the message of the build that is turned away ("another build (pid 1234) is
 * writing out/x"). A file that still names a process after its lock was freed is the lock of a
 * build that was killed: it is taken over with a warning. The file itself is never deleted
 * (deleting it would let a third build lock a new file while a second holds the old one); a
 * build that ends empties it.
 */
final class BookLock implements AutoCloseable {

    static final String FILE = ".lock";
    private static final Pattern OWNER = Pattern.compile("pid (\\d+) on (\\S+).*", Pattern.DOTALL);
    private static final long PID = ProcessHandle.current().pid();

    private final Path file;
    private final FileChannel channel;
    /** Null where the file system has no locks. */
    private final FileLock lock;
    private boolean closed;

    private BookLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the folder (which must exist) or fails at once with an environment error naming the
     * build that holds it.
     *
     * @param warnings told when the lock of a build that died is taken over
     */
    static BookLock take(Path folder, Consumer<String> warnings) {
        Path file = folder.resolve(FILE);
        FileChannel channel = null;
        try {
            channel = Disk.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            boolean held;
            String previous;
            try {
                lock = channel.tryLock();
                held = lock == null;
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;   // another build in this very process holds it
                held = true;
            } catch (IOException unsupported) {
                // A file system without locks (some network shares): the text alone must do.
                lock = null;
                held = ownerAlive(read(channel));
            }
            previous = read(channel);
            for (int tries = 0; held && previous.isBlank() && tries < 25; tries++) {
                // The holder may be between emptying the file and writing its name.
                sleep(20);
                previous = read(channel);
            }
            if (held) {
                channel.close();
                throw AudiobookException.environment("another build" + owner(previous).map(o -> " (" + o + ")").orElse("")
                        + " is writing " + folder + "; wait for it to finish or choose another -o", null);
            }
            owner(previous).ifPresent(o -> warnings.accept(folder + ": took over the lock of an earlier build (" + o
                    + ") that was stopped before it finished; its leftovers are removed"));
            byte[] mine = ("pid " + PID + " on " + host() + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(mine), 0);
            channel.force(false);
            return new BookLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw Disk.failure(file, "lock the book's folder", e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Whether the text names a process of this host that is still running (not this one). */
    private static boolean ownerAlive(String text) {
        Matcher m = OWNER.matcher(text.strip());
        if (!m.matches() || !m.group(2).equals(host())) {
            return m.matches();   // another host's build cannot be checked: assume it runs
        }
        long pid = Long.parseLong(m.group(1));
        return pid != PID && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "pid 1234" or "pid 1234 on otherhost", from the lock file's text; empty when there is none. */
    private static Optional<String> owner(String text) {
        Matcher m = OWNER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of("pid " + m.group(1) + (m.group(2).equals(host()) ? "" : " on " + m.group(2)));
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(256);
        while (bytes.hasRemaining() && channel.read(bytes, bytes.position()) > 0) {
            // fill what there is
        }
        return new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
    }

    /** This machine's name, without a network look-up (which can take seconds where DNS is slow). */
    private static String host() {
        try {
            String name = java.nio.file.Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!name.isEmpty()) {
                return name.replaceAll("\\s+", "-");
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        String name = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
        return name == null || name.isBlank() ? "localhost" : name.strip().replaceAll("\\s+", "-");
    }

    /** Empties the file and releases the lock; a later build finds no owner in it. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            channel.truncate(0);
            channel.force(false);
        } catch (IOException ignored) {
            // The kernel's lock goes with the channel; the next build warns about a stale owner at worst.
        }
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    Path file() {
        return file;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing held
            }
        }
    }
}
