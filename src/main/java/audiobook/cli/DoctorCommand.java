package audiobook.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audiobook doctor}: checks that this machine can make and play audiobooks. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks this machine, one line per check: the FreeTTS voice loads and speaks, the output "
                + "folder is writable, a sound device is present, which optional tools (ffmpeg, sox) are installed.",
            "Exits 0 when the essentials pass (no sound device is only a warning), 3 otherwise."},
        footer = {"%nExamples:", "  audiobook doctor", "  audiobook doctor -o /mnt/books"})
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AudiobookCommand root;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The folder to check for writing (default: out/).")
    Path output;

    @Override
    public Integer call() {
        Host host = root.host();
        PrintWriter out = spec.commandLine().getOut();
        List<java.util.function.Supplier<CheckResult>> checks = List.of(
                DoctorChecks::java,
                DoctorChecks::voice,
                () -> DoctorChecks.writable(output != null ? output : host.booksFolder()),
                () -> DoctorChecks.audio(host),
                () -> DoctorChecks.program(host, "ffmpeg", "-version", "reads, checks and converts the WAVs; --format m4b needs it"),
                () -> DoctorChecks.player(host, "ffplay", "-version"),
                () -> DoctorChecks.program(host, "sox", "--version", "inspects the WAVs: sox --i"));
        checks = new java.util.ArrayList<>(checks);
        if (host.findProgram("aplay").isPresent()) {
            // Only where it is installed: suggesting a program the machine lacks helps nobody.
            checks.add(() -> DoctorChecks.player(host, "aplay", "--version"));
        }
        int failed = 0;
        for (var check : checks) {
            CheckResult result = check.get();
            out.println(result.line());
            out.flush();
            failed += result.status() == CheckResult.Status.FAIL ? 1 : 0;
        }
        out.println(failed == 0 ? "Ready: audiobook can make books here." : failed + " essential check"
                + (failed == 1 ? "" : "s") + " failed: audiobook cannot make books here until fixed.");
        return failed == 0 ? 0 : 3;
    }
}
