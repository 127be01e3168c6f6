package audiobook.soundscape;

import java.util.List;

/** How loud each layer of the chosen soundscape is at every segment of every chapter. */
public record SoundscapeScore(SoundscapeDefinition definition, List<ChapterScore> chapters) {

    public SoundscapeScore {
        chapters = List.copyOf(chapters);
    }

    /**
     * One chapter's score: the seed of its random sources and, per layer, an intensity in
     * [0, 1] per segment. The arrays are not modified after scoring.
     */
    public record ChapterScore(int chapter, long seed, List<double[]> layerIntensities) {

        public ChapterScore {
            layerIntensities = List.copyOf(layerIntensities);
        }
    }
}
