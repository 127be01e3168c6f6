package audiobook.plan;

import audiobook.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A chapter's scene at the scale a listener hears it: per minute of estimated narration, the
 * strongest weather channel and its mean intensity over that minute (time-weighted, each segment
 * over its speech and the pause after it). What {@code audiobook plan} draws as the arc.
 */
public final class SceneArc {

    /** One minute: the weather channel that dominates it ("-" for none) and its mean intensity. */
    public record Minute(String channel, double intensity) {
    }

    private SceneArc() {
    }

    public static List<Minute> perMinute(ChapterPlan chapter, double wordsPerMinute) {
        List<double[]> minutes = new ArrayList<>();
        int channels = SceneLexicon.WEATHER_CHANNELS.size();
        double t = 0;
        for (Segment s : chapter.segments()) {
            double length = Words.count(s.spoken()) * 60.0 / wordsPerMinute * ReadingTime.FREETTS_PACE
                    + s.pauseMs() / 1000.0;
            double end = t + length;
            while (t < end) {
                int minute = (int) (t / 60);
                double until = Math.min(end, (minute + 1) * 60.0);
                while (minutes.size() <= minute) {
                    minutes.add(new double[channels + 1]);
                }
                double[] sums = minutes.get(minute);
                for (int c = 0; c < channels; c++) {
                    sums[c] += (until - t) * s.cue().get(SceneLexicon.WEATHER_CHANNELS.get(c));
                }
                sums[channels] += until - t;
                t = until;
            }
        }
        List<Minute> arc = new ArrayList<>();
        for (double[] sums : minutes) {
            int best = 0;
            for (int c = 1; c < channels; c++) {
                best = sums[c] > sums[best] ? c : best;
            }
            double mean = sums[channels] > 0 ? sums[best] / sums[channels] : 0;
            arc.add(new Minute(mean >= 0.05 ? SceneLexicon.WEATHER_CHANNELS.get(best) : "-", mean));
        }
        return arc;
    }
}
