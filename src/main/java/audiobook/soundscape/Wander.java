package audiobook.soundscape;

/**
 * A slowly wandering control value in [0, 1]: a new random target every period, reached by
 * raised-cosine interpolation, so it drifts smoothly and never repeats periodically.
 */
final class Wander {

    private final Noise noise;
    private final int periodFrames;
    private double from;
    private double to;
    private int position;

    Wander(long seed, double periodSeconds, int sampleRate) {
        noise = new Noise(seed);
        periodFrames = Math.max(1, (int) (periodSeconds * sampleRate));
        from = noise.uniform();
        to = noise.uniform();
    }

    /** Advances by the given number of frames and returns the value reached. */
    double advance(int frames) {
        position += frames;
        while (position >= periodFrames) {
            position -= periodFrames;
            from = to;
            to = noise.uniform();
        }
        double t = (double) position / periodFrames;
        return from + (to - from) * (0.5 - 0.5 * Math.cos(Math.PI * t));
    }
}
