package audiobook.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskTest {

    @TempDir
    Path dir;

    @Test
    void theReasonIsTheSystemsWordsWithoutTheFileName() {
        assertEquals("no space left on device", Disk.reason(new IOException("No space left on device")));
        assertEquals("no space left on device",
                Disk.reason(new FileSystemException("/x/y", null, "No space left on device")));
        assertEquals("no space left on device", Disk.reason(new FileIOException(Path.of("a.wav"), "write",
                new IOException("No space left on device"))));
        assertEquals("permission denied", Disk.reason(new java.nio.file.AccessDeniedException("/x")));
    }

    @Test
    void aFailureIsAnEnvironmentErrorNamingTheFileWithAdviceWhenTheDiskIsFull() {
        AudiobookException e = Disk.failure(Path.of("out"), new FileIOException(Path.of("out/01 One.wav"), "write",
                new IOException("No space left on device")));
        assertEquals(AudiobookException.Kind.ENVIRONMENT, e.kind());
        assertEquals("out/01 One.wav: cannot write (no space left on device); free some space or write the book "
                + "elsewhere with -o", e.getMessage());
    }

    @Test
    void anInjectedFullDiskTakesItsRoomThenFailsEveryWrite() throws Exception {
        Path file = dir.resolve("spool");
        try (AutoCloseable fault = Disk.failWrites(p -> p.equals(file), 10);
             FileChannel channel = Disk.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[10]));
            IOException e = assertThrows(IOException.class, () -> channel.write(ByteBuffer.wrap(new byte[1])));
            assertEquals(Disk.NO_SPACE, e.getMessage());
        }
        assertEquals(10, Files.size(file));
    }

    @Test
    void whatAPathIsWhenItIsNotAFile() throws Exception {
        assertEquals("a folder", Disk.notAFile(dir));
        assertEquals("missing", Disk.notAFile(dir.resolve("none")));
        if (Files.exists(Path.of("/dev/zero"))) {
            assertEquals("a device", Disk.notAFile(Path.of("/dev/zero")));
            assertEquals("is a device, not a file", Disk.unreadable(Path.of("/dev/zero"), 100));
        }
        Path big = Files.write(dir.resolve("big"), new byte[3000]);
        assertEquals("is 3 KB; at most 1 KB are read", Disk.unreadable(big, 1024));
        assertEquals(null, Disk.unreadable(big, 3000));
    }
}
