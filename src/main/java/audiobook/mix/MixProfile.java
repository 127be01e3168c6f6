package audiobook.mix;

/** How the bed sits under the voice: the standard mix, an accessible one, or no ducking at all. */
public enum MixProfile {
    /** Storm 18–22 dB under the voice while it speaks, calm scenes further back. */
    STANDARD,
    /** At least 20 dB under the voice everywhere (WCAG G56), for listeners who find speech over sound hard. */
    ACCESSIBLE,
    /** The bed at its set level throughout: for measuring what the ducking does. */
    UNDUCKED;

    public Ducker ducker() {
        return switch (this) {
            case STANDARD -> Ducker.standard();
            case ACCESSIBLE -> Ducker.accessible();
            case UNDUCKED -> Ducker.none();
        };
    }
}
