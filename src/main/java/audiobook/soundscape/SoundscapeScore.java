package audiobook.soundscape;

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
     * One chapter's score: its soundscape, the seed of its random sources and, per layer of the
     * soundscape, an intensity in [0, 1] per segment. The arrays are not modified after scoring.
     */
    public record ChapterScore(int chapter, SoundscapeDefinition definition, long seed, List<double[]> layerIntensities) {

        public ChapterScore {
            layerIntensities = List.copyOf(layerIntensities);
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
