package audiobook.speech;

import audiobook.audio.TarsosDsp;
import java.util.ArrayList;
import java.util.List;

/**
 * The pitch of speech, by TarsosDSP's YIN over 64 ms frames at a 16 ms hop: of the frames YIN
 * calls pitched with a probability of at least 0.9, between 50 and 500 Hz, the mean, the median
 * (which one creaky or octave-wrong frame cannot move) and the spread. YIN is used because it is
 * the well-tested tracker: its cumulative mean normalised difference avoids the octave errors a
 * bare autocorrelation peak makes on falling phrases.
 */
public final class PitchMeter {

    private PitchMeter() {
    }

    public static double meanHz(SpeechClip clip) {
        return track(clip).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** The median pitch of the voiced frames; NaN when none is voiced. */
    public static double medianHz(SpeechClip clip) {
        List<Double> f0 = track(clip);
        return f0.isEmpty() ? Double.NaN : f0.get(f0.size() / 2);
    }

    /** How widely the pitch moves: the 90th minus the 10th percentile of the voiced frames. */
    public static double spreadHz(SpeechClip clip) {
        List<Double> f0 = track(clip);
        return f0.isEmpty() ? Double.NaN : f0.get(f0.size() * 9 / 10) - f0.get(f0.size() / 10);
    }

    /** Pitch of every clearly voiced frame, sorted. */
    static List<Double> track(SpeechClip clip) {
        int size = Integer.highestOneBit(clip.sampleRate() / 16) * 2;   // 1024 at 16 kHz
        int hop = size / 4;
        TarsosDsp.PitchTracker yin = TarsosDsp.yin(clip.sampleRate(), size);
        float[] x = clip.samples();
        float[] buffer = new float[size];
        List<Double> f0 = new ArrayList<>();
        for (int start = 0; start + size <= x.length; start += hop) {
            System.arraycopy(x, start, buffer, 0, size);
            double pitch = yin.pitchHz(buffer, 0.9);
            if (pitch >= 50 && pitch <= 500) {
                f0.add(pitch);
            }
        }
        f0.sort(null);
        return f0;
    }
}
