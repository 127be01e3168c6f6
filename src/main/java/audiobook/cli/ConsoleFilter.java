package audiobook.cli;

import audiobook.speech.FreeTtsOutput;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Stands in for {@code System.err} and {@code System.out} so that what FreeTTS prints of its
 * own accord ({@link FreeTtsOutput}) never reaches the terminal: dropped, or with
 * {@code --verbose} written as {@code freetts: ...}. Everything else passes through a line at a
 * time. The command line's own output does not come through here: it writes to the streams as
 * they were before.
 */
final class ConsoleFilter extends OutputStream {

    private final PrintStream original;
    private final PrintStream verbose;
    private final ThreadLocal<ByteArrayOutputStream> lines = ThreadLocal.withInitial(ByteArrayOutputStream::new);
    private final Charset charset;

    /** @param verbose where FreeTTS's lines go, or null to drop them */
    ConsoleFilter(PrintStream original, PrintStream verbose) {
        this.original = original;
        this.verbose = verbose;
        this.charset = Charset.defaultCharset();
    }

    /** Puts filters in place of System.err and System.out; FreeTTS's lines go to {@code log} (stderr) when verbose. */
    static void install(boolean verbose) {
        PrintStream err = System.err;
        PrintStream out = System.out;
        System.setErr(new PrintStream(new ConsoleFilter(err, verbose ? err : null), true, Charset.defaultCharset()));
        System.setOut(new PrintStream(new ConsoleFilter(out, verbose ? err : null), true, Charset.defaultCharset()));
    }

    @Override
    public void write(int b) {
        ByteArrayOutputStream line = lines.get();
        line.write(b);
        if (b == '\n') {
            emit(line);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ByteArrayOutputStream line = lines.get();
        for (int i = off; i < off + len; i++) {
            line.write(b[i]);
            if (b[i] == '\n') {
                emit(line);
            }
        }
    }

    /** A line not yet ended goes out on flush, unless it is FreeTTS's (it will end). */
    @Override
    public void flush() {
        ByteArrayOutputStream line = lines.get();
        if (line.size() > 0 && !FreeTtsOutput.isInside()
                && !FreeTtsOutput.isFreeTts(line.toString(charset))) {
            emit(line);
        }
        original.flush();
    }

    private void emit(ByteArrayOutputStream line) {
        String text = line.toString(charset);
        line.reset();
        if (FreeTtsOutput.isFreeTts(text)) {
            if (verbose != null) {
                synchronized (verbose) {
                    verbose.print("freetts: " + text + (text.endsWith("\n") ? "" : "\n"));
                    verbose.flush();
                }
            }
            return;
        }
        synchronized (original) {
            original.print(text);
            original.flush();
        }
    }
}
