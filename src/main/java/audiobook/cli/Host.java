package audiobook.cli;

import audiobook.player.AudioSink;
import audiobook.player.SoundDeviceSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * Why an installed player ({@code ffplay} or {@code aplay}) cannot play here, or null when it
     * opens an audio output: it is made to play a tenth of a second of silence. Where there is no
     * sound device ffplay says "audio open failed" and still exits 0, so its words are read too.
     */
    String playerProblem(String name, Path program) {
        List<String> command = name.equals("aplay")
                ? List.of(program.toString(), "-q", "-t", "raw", "-f", "S16_LE", "-r", "8000", "-c", "1", "-d", "1", "/dev/zero")
                : List.of(program.toString(), "-nodisp", "-autoexit", "-loglevel", "error", "-f", "lavfi",
                        "-i", "anullsrc=r=44100:cl=mono:d=0.1");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            p.getOutputStream().close();
            byte[] said = p.getInputStream().readNBytes(4000);
            if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "it did not finish playing a tenth of a second";
            }
            String text = new String(said, java.nio.charset.StandardCharsets.UTF_8);
            // The most telling line first: SDL's "Couldn't open audio device", then any other failure.
            java.util.Optional<String> failure = java.util.Optional.empty();
            for (String pattern : List.of("(?i).*couldn't open audio device.*", "(?i).*audio open (failed|error).*",
                    "(?i).*(failed to open|cannot open|no such device|unknown pcm).*")) {
                failure = failure.or(() -> text.lines().filter(l -> l.matches(pattern)).findFirst());
            }
            if (failure.isPresent() || p.exitValue() != 0) {
                String why = failure.orElse(text.lines().reduce((a, b) -> b).orElse("exit " + p.exitValue())).strip();
                return why.length() > 120 ? why.substring(0, 120) + "…" : why;
            }
            return null;
        } catch (java.io.IOException e) {
            return "it does not run (" + audiobook.io.Disk.reason(e) + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
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
