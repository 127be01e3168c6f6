package audiobook.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real jar in its own process, as a user would, and captures what it prints. */
final class JarRunner {

    record Result(int exit, String out, String err) {
    }

    private final Path dir;

    JarRunner(Path dir) {
        this.dir = dir;
    }

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of("java", "-jar",
                System.getProperty("audiobook.jar", "target/audiobook.jar")));
        command.addAll(List.of(args));
        return command;
    }

    Process start(String... args) throws IOException {
        return new ProcessBuilder(command(args)).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
    }

    Result run(String... args) throws IOException, InterruptedException {
        Process p = start(args);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("audiobook " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }
}
