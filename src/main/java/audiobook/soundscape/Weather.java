package audiobook.soundscape;

import audiobook.plan.SeedTree;

/**
 * The chapter's wind, shared by every layer: one gust strength in [0, 1] (mean 0.5) that the wind
 * swells with and the rain and sea lean on, as Farnell drives all of a scene from one wind speed.
 * It is a sum of three slow noises of random segment lengths (means of 11, 4.3 and 1.7 s), so a
 * long swell carries shorter gusts and no period repeats. The renderer advances it once a block,
 * before the layers read it.
 */
final class Weather {

    private final Drift slow;
    private final Drift middle;
    private final Drift quick;
    private double previous;
    private double now;

    Weather(SeedTree seeds, int sampleRate) {
        slow = new Drift(seeds.child("gust/slow"), 11, sampleRate);
        middle = new Drift(seeds.child("gust/middle"), 4.3, sampleRate);
        quick = new Drift(seeds.child("gust/quick"), 1.7, sampleRate);
        now = strength(0);
        previous = now;
    }

    void advance(int frames) {
        previous = now;
        now = strength(frames);
    }

    /** Gust strength at the end of the current block. */
    double gust() {
        return now;
    }

    /** Gust strength at the start of the current block. */
    double previousGust() {
        return previous;
    }

    private double strength(int frames) {
        return 0.5 * slow.advance(frames) + 0.3 * middle.advance(frames) + 0.2 * quick.advance(frames);
    }
}
