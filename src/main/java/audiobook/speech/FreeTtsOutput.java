package audiobook.speech;

import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * What FreeTTS prints of its own accord: it writes to {@code System.err} and {@code System.out}
 * directly ("Can't find diphone ...", "FreeTTSSpeakableImpl:Wait interrupted") from whatever
 * thread calls it. Those lines cut into the progress bar and ignore {@code --quiet}, so the
 * command line routes them away ({@code audiobook.cli.ConsoleFilter}); this says which they are:
 * every line a thread prints while it is inside FreeTTS, and lines in FreeTTS's known forms.
 */
public final class FreeTtsOutput {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    /** Lines FreeTTS prints, wherever they come from. */
    private static final Pattern KNOWN = Pattern.compile(
            "(Can't find diphone|FreeTTSSpeakableImpl:|FreeTTS|Voice: |Processor |LPCResult|Utterance|Lexicon|"
                    + "Warning: .*(diphone|voice|lexicon)).*");

    private FreeTtsOutput() {
    }

    /** Runs {@code call} as FreeTTS's: whatever it prints on this thread is FreeTTS's. */
    static <T> T inside(Callable<T> call) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return call.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            depth[0]--;
        }
    }

    /** Whether the current thread is inside a FreeTTS call. */
    public static boolean isInside() {
        return DEPTH.get()[0] > 0;
    }

    /** Whether a line is FreeTTS's: printed inside a FreeTTS call, or in one of its known forms. */
    public static boolean isFreeTts(String line) {
        return isInside() || KNOWN.matcher(line.strip()).matches();
    }
}
