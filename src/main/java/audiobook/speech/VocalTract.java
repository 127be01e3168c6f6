package audiobook.speech;

import java.util.Locale;

/**
 * The change a derived voice makes to kevin16's vocal tract: its formants scaled by
 * {@code formants} (above 1 a shorter tract, a woman's or a child's; below 1 a longer, deeper
 * one), then a gentle spectral tilt of {@code tiltDb} above about 1.5 kHz (negative: darker,
 * older or gruffer; positive: brighter).
 */
public record VocalTract(double formants, double tiltDb) {

    public static final VocalTract NONE = new VocalTract(1, 0);

    public VocalTract {
        if (!(formants >= 0.7 && formants <= 1.5) || !(Math.abs(tiltDb) <= 12)) {
            throw new IllegalArgumentException("vocal tract out of range: formants " + formants + ", tilt " + tiltDb);
        }
    }

    public boolean isNone() {
        return formants == 1 && tiltDb == 0;
    }

    /** For cache keys and people: "formants 1.17, tilt -2 dB". */
    public String describe() {
        return String.format(Locale.ROOT, "formants %s, tilt %s dB", VoiceParameter.plain(formants),
                VoiceParameter.plain(tiltDb));
    }
}
