package audiobook.pipeline;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A run of the real jar in a process of its own, with a working folder, JVM options and standard input of our choosing. */
final class Proc {

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }

        long errLines() {
            return err.lines().filter(l -> !l.isBlank()).count();
        }
    }

    private static int count;

    private final Path logs;
    private Path workingDir;
    private Path jar = Path.of(System.getProperty("audiobook.jar", "target/audiobook.jar")).toAbsolutePath();
    private final List<String> jvm = new ArrayList<>();
    private File stdin;

    Proc(Path logs) {
        this.logs = logs;
    }

    Proc in(Path dir) {
        workingDir = dir;
        return this;
    }

    Proc jar(Path other) {
        jar = other;
        return this;
    }

    Proc jvm(String option) {
        jvm.add(option);
        return this;
    }

    Proc stdin(Path file) {
        stdin = file.toFile();
        return this;
    }

    /** A running process and the files its output goes to. */
    record Running(Process process, Path out, Path err) {
        Result await() throws IOException, InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("did not finish in 5 minutes");
            }
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        }
    }

    synchronized Running start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        int n = ++count;
        Path out = logs.resolve("proc-" + n + ".out");
        Path err = logs.resolve("proc-" + n + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        }
        if (stdin != null) {
            builder.redirectInput(stdin);
        }
        return new Running(builder.start(), out, err);
    }

    Result run(String... args) throws IOException, InterruptedException {
        return start(args).await();
    }
}
