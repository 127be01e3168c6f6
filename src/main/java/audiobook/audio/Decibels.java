package audiobook.audio;

/** Conversions between linear amplitude or power and decibels, kept in one place. */
public final class Decibels {

    private Decibels() {
    }

    /** Linear amplitude for a level in dB (0 dB = 1.0). */
    public static double toLinear(double db) {
        return Math.pow(10.0, db / 20.0);
    }

    /** Level in dB of a linear amplitude; 0 gives negative infinity. */
    public static double fromLinear(double amplitude) {
        return 20.0 * Math.log10(Math.abs(amplitude));
    }

    /** Level in dB of a power (mean square); 0 gives negative infinity. */
    public static double fromPower(double power) {
        return 10.0 * Math.log10(power);
    }

    /** Power (mean square) for a level in dB. */
    public static double powerFromDb(double db) {
        return Math.pow(10.0, db / 10.0);
    }
}
