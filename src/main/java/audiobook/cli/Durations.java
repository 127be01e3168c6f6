package audiobook.cli;

/** Formats seconds for people: "4:32" or "1:02:07". */
final class Durations {

    private Durations() {
    }

    static String format(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
