package audiobook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process with captured output. */
record Cli(int exit, String out, String err) {

    static Cli run(Host host, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), host);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** Non-blank lines of stderr. */
    long errLines() {
        return err.lines().filter(l -> !l.isBlank()).count();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
