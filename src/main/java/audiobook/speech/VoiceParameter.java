package audiobook.speech;

import java.util.Locale;

/**
 * The numeric voice parameters a user may set, with the range each accepts. The ranges are wider
 * than anyone should want but keep FreeTTS inside what it can do: its rate must be above 0
 * (a stretch of 150/wpm), and a pitch or range of 0 or less makes its contour meaningless.
 */
public enum VoiceParameter {
    RATE("rate", 40, 400, "words per minute"),
    PITCH("pitch", 30, 400, "Hz"),
    PITCH_RANGE("pitch-range", 0.5, 200, "Hz"),
    VOLUME("volume", 0.01, 1, "(1 = as FreeTTS speaks)");

    private final String key;
    private final double min;
    private final double max;
    private final String unit;

    VoiceParameter(String key, double min, double max, String unit) {
        this.key = key;
        this.min = min;
        this.max = max;
        this.unit = unit;
    }

    /** The name used in cast files and, with two dashes, on the command line. */
    public String key() {
        return key;
    }

    /** Null when the value is acceptable, else what is wrong with it, e.g. "must be from 40 to 400 words per minute, not -3". */
    public String problem(double value) {
        return acceptable(value) ? null : mustBe(plain(value));
    }

    /** As {@link #problem(double)} for a value as written in a file or on the command line. */
    public String problem(String text) {
        return acceptable(parse(text)) ? null : mustBe("'" + text + "'");
    }

    /** A float holding a bound (0.01f is below 0.01) is still acceptable, hence the tolerance. */
    private boolean acceptable(double value) {
        return Double.isFinite(value) && value >= min - 1e-6 * min && value <= max + 1e-6 * max;
    }

    private String mustBe(String shown) {
        return String.format(Locale.ROOT, "must be from %s to %s %s, not %s", plain(min), plain(max), unit, shown);
    }

    /** The nearest acceptable value, for settings derived from others (the dialogue voice from the narrator). */
    public float clamp(double value) {
        return (float) Math.max(min, Math.min(max, value));
    }

    /** Parses a cast-file or option value; NaN when it is not a number, which {@link #problem} rejects. */
    public static double parse(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    static String plain(double value) {
        return value == Math.rint(value) && Double.isFinite(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
