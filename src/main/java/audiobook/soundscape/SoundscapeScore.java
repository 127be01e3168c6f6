package audiobook.soundscape;

import audiobook.plan.SeedTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The soundscape of every chapter, and how loud each of its layers is at every segment. */
public record SoundscapeScore(List<ChapterScore> chapters) {

    public SoundscapeScore {
        chapters = List.copyOf(chapters);
    }

    /** The soundscapes used, in order of first use: "storm", or "dust, storm" for a book that switches. */
    public String names() {
        Set<String> names = new LinkedHashSet<>();
        chapters.forEach(c -> names.add(c.definition().name()));
        return names.isEmpty() ? SoundscapeDefinition.NONE.name() : String.join(", ", names);
    }

    /**
     * One chapter's score: its soundscape, the seeds of its random sources, per layer of the
     * soundscape an intensity in [0, 1] per segment, and per segment how active the scene is for
     * this soundscape, 0 (calm: its layers at their floors) to 1 (the strongest at full), which the
     * mix sets the ducking by. The arrays are not modified after scoring.
     */
    public record ChapterScore(int chapter, SoundscapeDefinition definition, SeedTree seeds,
                               List<double[]> layerIntensities,
                               double[] activity) {

        public ChapterScore {
            layerIntensities = List.copyOf(layerIntensities);
            if (activity == null) {
                activity = drivenActivity(definition, layerIntensities);
            }
        }

        /** A score whose activity is read back from the intensities: how far each layer is above its floor. */
        public ChapterScore(int chapter, SoundscapeDefinition definition, SeedTree seeds, List<double[]> layerIntensities) {
            this(chapter, definition, seeds, layerIntensities, null);
        }

        private static double[] drivenActivity(SoundscapeDefinition definition, List<double[]> layerIntensities) {
            int segments = layerIntensities.isEmpty() ? 0 : layerIntensities.get(0).length;
            double[] activity = new double[segments];
            for (int k = 0; k < layerIntensities.size(); k++) {
                double floor = definition.layers().get(k).floor();
                double[] intensity = layerIntensities.get(k);
                for (int s = 0; s < segments; s++) {
                    double driven = floor >= 1 ? 1 : (intensity[s] - floor) / (1 - floor);
                    activity[s] = Math.max(activity[s], Math.max(0, Math.min(1, driven)));
                }
            }
            return activity;
        }

        /** The cue sheet at a segment: the layers that sound there (intensity above 0), in definition order. */
        public List<LayerCue> cues(int segment) {
            List<LayerCue> cues = new ArrayList<>();
            for (int k = 0; k < layerIntensities.size(); k++) {
                double intensity = layerIntensities.get(k)[segment];
                if (intensity > 0) {
                    LayerDefinition layer = definition.layers().get(k);
                    cues.add(new LayerCue(layer.label(), intensity, layer.levelDb()));
                }
            }
            return cues;
        }
    }
}
