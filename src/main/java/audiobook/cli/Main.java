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
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
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
        int exit = cli.execute(args);
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
        if (e instanceof AudiobookException failure) {
            err.println("audiobook: " + failure.getMessage() + (verbose ? "" : VERBOSE_HINT));
            exit = failure.kind().exitCode;
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
