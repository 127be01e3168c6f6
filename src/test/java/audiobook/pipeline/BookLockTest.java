package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookLockTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aSecondBuildIsTurnedAwayNamingTheFirstAndTheFolder() throws Exception {
        try (BookLock first = BookLock.take(dir, warnings::add)) {
            assertTrue(Files.readString(dir.resolve(".lock")).startsWith("pid " + ProcessHandle.current().pid() + " on "));
            AudiobookException e = assertThrows(AudiobookException.class, () -> BookLock.take(dir, warnings::add));
            assertEquals(AudiobookException.Kind.ENVIRONMENT, e.kind());
            assertEquals("another build (pid " + ProcessHandle.current().pid() + ") is writing " + dir
                    + "; wait for it to finish or choose another -o", e.getMessage());
        }
        assertEquals("", Files.readString(dir.resolve(".lock")), "a build that ends leaves no owner");
        try (BookLock again = BookLock.take(dir, warnings::add)) {
            assertEquals(List.of(), warnings, "a lock released in order is taken without a word");
        }
    }

    @Test
    void theLockOfABuildThatDiedIsTakenOverWithAWarning() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        String host = Files.exists(Path.of("/proc/sys/kernel/hostname"))
                ? Files.readString(Path.of("/proc/sys/kernel/hostname")).strip() : "localhost";
        Files.writeString(dir.resolve(".lock"), "pid " + dead.pid() + " on " + host + "\n");
        try (BookLock lock = BookLock.take(dir, warnings::add)) {
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("took over the lock of an earlier build (pid " + dead.pid() + ")"),
                    warnings.toString());
        }
    }
}
