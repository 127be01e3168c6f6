package audiobook.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An I/O failure on a file the build writes, which knows the file (by its final name, not the
 * temporary one it was being written under) and what was being done, so that the one line the
 * user sees names them: {@code out/x/01 Chapter One.wav: cannot write (no space left on device)}.
 */
public final class FileIOException extends IOException {

    private final Path file;
    private final String what;

    /** @param what what could not be done, e.g. "write", "keep the narration in" */
    public FileIOException(Path file, String what, IOException cause) {
        super(file + ": cannot " + what + " (" + Disk.reason(cause) + ")", cause);
        this.file = file;
        this.what = what;
    }

    public Path file() {
        return file;
    }

    public String what() {
        return what;
    }
}
