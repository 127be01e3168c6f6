package audiobook.speech;

import java.util.ArrayList;
import java.util.List;

/** Pitch of speech for tests: per voiced 40 ms frame, the autocorrelation peak between 60 and 400 Hz. */
final class Fundamental {

    private Fundamental() {
    }

    static double medianHz(SpeechClip clip) {
        List<Double> f0 = track(clip);
        return f0.get(f0.size() / 2);
    }

    /** The spread of the pitch: 90th minus 10th percentile. */
    static double spreadHz(SpeechClip clip) {
        List<Double> f0 = track(clip);
        return f0.get(f0.size() * 9 / 10) - f0.get(f0.size() / 10);
    }

    /** Sorted pitch estimates of the clearly voiced frames. */
    static List<Double> track(SpeechClip clip) {
        float[] x = clip.samples();
        int rate = clip.sampleRate();
        int frame = rate * 40 / 1000;
        int minLag = rate / 400;
        int maxLag = rate / 60;
        List<Double> f0 = new ArrayList<>();
        for (int start = 0; start + frame + maxLag < x.length; start += frame / 2) {
            double energy = 0;
            for (int i = 0; i < frame; i++) {
                energy += x[start + i] * x[start + i];
            }
            if (energy / frame < 1e-3) {
                continue;
            }
            int best = -1;
            double bestR = 0;
            for (int lag = minLag; lag <= maxLag; lag++) {
                double r = 0;
                double e2 = 0;
                for (int i = 0; i < frame; i++) {
                    r += x[start + i] * x[start + i + lag];
                    e2 += x[start + i + lag] * x[start + i + lag];
                }
                r /= Math.sqrt(energy * e2) + 1e-12;
                if (r > bestR) {
                    bestR = r;
                    best = lag;
                }
            }
            if (bestR > 0.7) {
                f0.add((double) rate / best);
            }
        }
        f0.sort(null);
        return f0;
    }
}
