package audiobook.cli;

import audiobook.AudiobookException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs the root command and maps every failure to a one-line message and an exit code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line in-process with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AudiobookCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        return cli.execute(args);
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (e instanceof AudiobookException failure) {
            err.println("audiobook: " + failure.getMessage());
            if (verbose) {
                e.printStackTrace(err);
            }
            return failure.kind().exitCode;
        }
        err.println("audiobook: internal error: " + e + (verbose ? "" : " (rerun with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        return AudiobookException.Kind.INTERNAL.exitCode;
    }
}
