package audiobook.cli;

import audiobook.AudiobookException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Entry point: runs the root command and maps every failure to a one-line message and an exit code. */
public final class Main {

    static final String VERBOSE_HINT = " (rerun with --verbose for the stack trace)";

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        // Our writers keep the real streams; what libraries print goes through the filter.
        ConsoleFilter.install(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(run(args, out, err));
    }

    /** Runs a command line in-process with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Host.SYSTEM);
    }

    static int run(String[] args, PrintWriter out, PrintWriter err, Host host) {
        CommandLine cli = new CommandLine(new AudiobookCommand(host));
        addVerbose(cli);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::handle);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
        int exit;
        try {
            exit = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // Inputs are checked against the sizes we support, so this is a machine with little memory.
            err.println("audiobook: ran out of memory (Java's heap is " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give it more with java -Xmx1g, or build fewer chapters at once with --jobs 1");
            exit = AudiobookException.Kind.ENVIRONMENT.exitCode;
        }
        out.flush();
        err.flush();
        return exit;
    }

    /**
     * Gives every command a {@code --verbose} option, so the hint printed with every error works
     * wherever it is given, also on commands that do not declare the option themselves, and the
     * list of exit codes in its help.
     */
    private static void addVerbose(CommandLine cli) {
        CommandSpec spec = cli.getCommandSpec();
        if (spec.findOption("--verbose") == null) {
            spec.addOption(OptionSpec.builder("--verbose").description("Print the stack trace of an error.").build());
        }
        if (spec.usageMessage().exitCodeList().isEmpty() && spec.parent() != null) {
            // Every command's --help lists the exit codes, also commands that do not repeat them.
            spec.usageMessage().exitCodeListHeading(spec.root().usageMessage().exitCodeListHeading());
            spec.usageMessage().exitCodeList(spec.root().usageMessage().exitCodeList());
        }
        cli.getSubcommands().values().forEach(Main::addVerbose);
    }

    /** Usage errors are one line too, with the way to the command's help instead of the whole usage text. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        String message = e.getMessage() == null ? "invalid command line" : e.getMessage().lines().findFirst().orElse("");
        cli.getErr().println("audiobook: " + message + " (see '" + cli.getCommandSpec().qualifiedName() + " --help')");
        cli.getErr().flush();
        return 2;
    }

    private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        int exit;
        if (e instanceof AudiobookException failure && failure.kind() == AudiobookException.Kind.STOPPED) {
            exit = failure.kind().exitCode;   // the Ctrl-C handler has said so on its own line
        } else if (e instanceof AudiobookException failure) {
            err.println("audiobook: " + failure.getMessage() + (verbose ? "" : VERBOSE_HINT));
            exit = failure.kind().exitCode;
        } else if (e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            // Every write site names its file; this is the net under a read or write that does not.
            err.println("audiobook: cannot read or write a file (" + audiobook.io.Disk.reason(e) + ")"
                    + (verbose ? "" : VERBOSE_HINT));
            exit = AudiobookException.Kind.ENVIRONMENT.exitCode;
        } else {
            err.println("audiobook: internal error: " + e + (verbose ? "" : VERBOSE_HINT));
            exit = AudiobookException.Kind.INTERNAL.exitCode;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return exit;
    }
}
