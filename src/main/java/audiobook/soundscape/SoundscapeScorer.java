package audiobook.soundscape;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import java.util.ArrayList;
import java.util.List;

/** Turns the plan's scene cues into per-layer intensities for a soundscape. */
public final class SoundscapeScorer {

    private SoundscapeScorer() {
    }

    /** The soundscape that suits the story: a storm if one breaks, rain if it rains, else wind. */
    public static String choose(BookPlan plan) {
        double storm = peak(plan, "storm");
        if (storm >= 0.5) {
            return "storm";
        }
        return peak(plan, "rain") >= 0.5 ? "rain" : "wind";
    }

    public static SoundscapeScore score(BookPlan plan, SoundscapeDefinition definition) {
        List<SoundscapeScore.ChapterScore> chapters = new ArrayList<>();
        for (ChapterPlan chapter : plan.chapters()) {
            List<double[]> layers = new ArrayList<>();
            for (LayerDefinition layer : definition.layers()) {
                double[] intensity = new double[chapter.segments().size()];
                for (int s = 0; s < intensity.length; s++) {
                    intensity[s] = intensity(layer, chapter.segments().get(s));
                }
                layers.add(intensity);
            }
            chapters.add(new SoundscapeScore.ChapterScore(chapter.number(), chapter.seed(plan.seed()), layers));
        }
        return new SoundscapeScore(definition, chapters);
    }

    static double intensity(LayerDefinition layer, Segment segment) {
        double driven = 0;
        for (String channel : layer.follows()) {
            driven = Math.max(driven, segment.cue().get(channel));
        }
        return layer.floor() + (1 - layer.floor()) * driven;
    }

    private static double peak(BookPlan plan, String channel) {
        return plan.chapters().stream().flatMap(c -> c.segments().stream())
                .mapToDouble(s -> s.cue().get(channel)).max().orElse(0);
    }
}
