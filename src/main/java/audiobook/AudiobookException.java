package audiobook;

/**
 * The one failure type that reaches the command line: a one-line message for the user and the
 * exit code that classifies it. Stages throw it for problems the user can fix; anything else is
 * an internal error.
 */
public class AudiobookException extends RuntimeException {

    /** Exit codes, as listed in {@code audiobook --help}. */
    public enum Kind {
        INPUT(2), ENVIRONMENT(3), INTERNAL(1),
        /** Ctrl-C: the command was told to stop; what it says has been said already. */
        STOPPED(130);

        public final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    private final Kind kind;

    public AudiobookException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AudiobookException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public static AudiobookException input(String message) {
        return new AudiobookException(Kind.INPUT, message);
    }

    public static AudiobookException environment(String message, Throwable cause) {
        return new AudiobookException(Kind.ENVIRONMENT, message, cause);
    }

    public Kind kind() {
        return kind;
    }
}
