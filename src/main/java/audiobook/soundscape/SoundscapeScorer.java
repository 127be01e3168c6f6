package audiobook.soundscape;

import audiobook.AudiobookException;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses each chapter's soundscape and turns the plan's scene cues into per-layer intensities.
 * This is what {@code audiobook build} renders and what the plan's cue sheet shows.
 */
public final class SoundscapeScorer {

    private SoundscapeScorer() {
    }

    /**
     * Scores the book for the user's {@code --soundscape} choice: {@code none} silences every
     * chapter; a name or a definition file is used for every chapter, whatever the story's
     * cues say; {@code auto} gives each chapter the soundscape an inline {@code [soundscape:
     * NAME]} cue has chosen (in that chapter or before it), else the one that suits the chapter.
     */
    public static SoundscapeScore score(BookPlan plan, String choice) {
        Map<String, SoundscapeDefinition> loaded = new HashMap<>();
        List<SoundscapeScore.ChapterScore> chapters = new ArrayList<>();
        for (ChapterPlan chapter : plan.chapters()) {
            String name = switch (choice) {
                case "auto" -> {
                    String cued = chapter.segments().get(chapter.segments().size() - 1).cue().soundscape();
                    yield cued != null ? cued : choose(chapter);
                }
                default -> choice;
            };
            SoundscapeDefinition definition = loaded.computeIfAbsent(name, n -> find(n, choice, chapter));
            chapters.add(score(plan, chapter, definition));
        }
        return new SoundscapeScore(chapters);
    }

    /** Scores every chapter with one definition. */
    public static SoundscapeScore score(BookPlan plan, SoundscapeDefinition definition) {
        return new SoundscapeScore(plan.chapters().stream().map(c -> score(plan, c, definition)).toList());
    }

    /** The shipped soundscape that suits a chapter: its strongest weather, else a gentle wind. */
    public static String choose(ChapterPlan chapter) {
        if (peak(chapter, "storm") >= 0.5) {
            return "storm";
        }
        if (peak(chapter, "rain") >= 0.5) {
            return "rain";
        }
        return peak(chapter, "dust") >= 0.5 ? "dust" : "wind";
    }

    private static SoundscapeScore.ChapterScore score(BookPlan plan, ChapterPlan chapter, SoundscapeDefinition definition) {
        List<double[]> layers = new ArrayList<>();
        for (LayerDefinition layer : definition.layers()) {
            double[] intensity = new double[chapter.segments().size()];
            for (int s = 0; s < intensity.length; s++) {
                intensity[s] = intensity(layer, chapter.segments().get(s));
            }
            layers.add(intensity);
        }
        return new SoundscapeScore.ChapterScore(chapter.number(), definition, chapter.seed(plan.seed()), layers);
    }

    private static SoundscapeDefinition find(String name, String choice, ChapterPlan chapter) {
        if (name.equals("none")) {
            return SoundscapeDefinition.NONE;
        }
        if (!choice.equals("auto")) {
            return SoundscapeLibrary.find(name);
        }
        try {
            return SoundscapeLibrary.find(name);
        } catch (AudiobookException e) {
            throw AudiobookException.input("chapter " + chapter.number() + ", inline cue [soundscape: " + name + "]: "
                    + e.getMessage());
        }
    }

    private static double intensity(LayerDefinition layer, Segment segment) {
        double driven = 0;
        for (String channel : layer.follows()) {
            driven = Math.max(driven, segment.cue().get(channel));
        }
        return layer.floor() + (1 - layer.floor()) * driven;
    }

    private static double peak(ChapterPlan chapter, String channel) {
        return chapter.segments().stream().mapToDouble(s -> s.cue().get(channel)).max().orElse(0);
    }
}
