package audiobook.soundscape;

import audiobook.plan.SeedTree;

/**
 * A slowly wandering control value in [0, 1]: random targets joined by raised-cosine ramps whose
 * lengths are random too (0.4 to 1.6 times the mean), so it drifts smoothly and keeps no period.
 * Why random lengths: a new target every fixed period made the old wind's gusts turn on a 2.3 s
 * grid, and a listener hears that breathing over minutes.
 */
final class Drift {

    private final Noise noise;
    private final double meanFrames;
    private double from;
    private double to;
    private double length;
    private double position;

    Drift(SeedTree seeds, double meanSeconds, int sampleRate) {
        noise = new Noise(seeds);
        meanFrames = Math.max(1, meanSeconds * sampleRate);
        from = noise.uniform();
        to = noise.uniform();
        length = nextLength();
        position = noise.uniform() * length;
    }

    /** Advances by the given number of frames and returns the value reached. */
    double advance(int frames) {
        position += frames;
        while (position >= length) {
            position -= length;
            from = to;
            to = noise.uniform();
            length = nextLength();
        }
        double t = position / length;
        return from + (to - from) * (0.5 - 0.5 * Math.cos(Math.PI * t));
    }

    private double nextLength() {
        return meanFrames * (0.4 + 1.2 * noise.uniform());
    }
}
