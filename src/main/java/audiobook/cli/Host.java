package audiobook.cli;

import audiobook.player.AudioSink;
import audiobook.player.SoundDeviceSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the machine around a command offers: a terminal, a sound device, Ctrl-C, programs on the
 * PATH, the folder of built books. Tests pass their own to {@link Main#run(String[],
 * java.io.PrintWriter, java.io.PrintWriter, Host)} to play into a capture, pretend to be a
 * terminal, or press Ctrl-C.
 */
class Host {

    static final Host SYSTEM = new Host();

    /** Whether a person watches the output, so that a live progress bar makes sense. */
    boolean terminal() {
        return System.console() != null;
    }

    AudioSink audioSink() {
        return new SoundDeviceSink();
    }

    /** Why this machine cannot play sound, or null when it can. */
    String audioProblem() {
        return SoundDeviceSink.unavailableReason();
    }

    /** Where books go without {@code -o}: {@code out/} under the working folder. */
    Path booksFolder() {
        return Path.of("out");
    }

    /** Runs {@code action} when the user presses Ctrl-C; the returned handle unregisters it. */
    Runnable onInterrupt(Runnable action) {
        Thread hook = new Thread(action, "audiobook-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook is running or has run: nothing left to undo.
            }
        };
    }

    /** An executable called {@code name} on the PATH. */
    Optional<Path> findProgram(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
