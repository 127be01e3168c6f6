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

    /**
     * The shipped soundscape that suits a chapter. A chapter at sea (the sea scene, held by the
     * scorer, is set for at least {@value #AT_SEA_SHARE} of its segments) gets the sea, or the
     * storm at sea if a storm breaks in it; otherwise its strongest weather, else a gentle wind.
     * A sea soundscape that is not shipped gives way to the one it would be on land.
     */
    public static String choose(ChapterPlan chapter) {
        return choose(chapter, SoundscapeLibrary.names());
    }

    static String choose(ChapterPlan chapter, List<String> shipped) {
        boolean storm = peak(chapter, "storm") >= 0.5;
        boolean atSea = share(chapter, "sea", 0.3) >= AT_SEA_SHARE;
        if (atSea && storm && shipped.contains("storm-at-sea")) {
            return "storm-at-sea";
        }
        if (storm) {
            return "storm";
        }
        if (atSea && shipped.contains("sea")) {
            return "sea";
        }
        if (peak(chapter, "rain") >= 0.5) {
            return "rain";
        }
        return peak(chapter, "dust") >= 0.5 ? "dust" : "wind";
    }

    /** The share of a chapter's segments a chapter must be at sea for to get a sea soundscape. */
    static final double AT_SEA_SHARE = 0.3;

    private static double share(ChapterPlan chapter, String channel, double atLeast) {
        return chapter.segments().stream().filter(s -> s.cue().get(channel) >= atLeast).count()
                / (double) Math.max(1, chapter.segments().size());
    }

    /**
     * The chapter's automation. Each layer follows the strongest of its channels above its
     * floor; the scene's activity (the strongest layer's drive, each channel counted by
     * {@link #ACTIVITY_WEIGHTS}) then scales the whole bed by up to {@value #EXPANSION_DB} dB, so a
     * calm stretch sits well back and a full storm at the definitions' levels: a calm-to-storm
     * range of at least 12 dB of bed level, where floors alone (0.3 is only 10.5 dB under full)
     * would leave less.
     */
    private static SoundscapeScore.ChapterScore score(BookPlan plan, ChapterPlan chapter, SoundscapeDefinition definition) {
        int segments = chapter.segments().size();
        double[] activity = new double[segments];
        List<double[]> driven = new ArrayList<>();
        for (LayerDefinition layer : definition.layers()) {
            double[] drive = new double[segments];
            for (int s = 0; s < segments; s++) {
                drive[s] = drive(layer, chapter.segments().get(s), Map.of());
                activity[s] = Math.max(activity[s], drive(layer, chapter.segments().get(s), ACTIVITY_WEIGHTS));
            }
            driven.add(drive);
        }
        List<double[]> layers = new ArrayList<>();
        for (int k = 0; k < definition.layers().size(); k++) {
            double floor = definition.layers().get(k).floor();
            double[] intensity = new double[segments];
            for (int s = 0; s < segments; s++) {
                double expansion = Math.pow(10, -EXPANSION_DB * (1 - activity[s]) / 20);
                intensity[s] = Math.round((floor + (1 - floor) * driven.get(k)[s]) * expansion * 1e4) / 1e4;
            }
            layers.add(intensity);
        }
        return new SoundscapeScore.ChapterScore(chapter.number(), definition, chapter.seeds(plan.seed()), layers, activity);
    }

    /** How far the bed of a calm scene (activity 0) sits under its level at full activity, beyond its layers' floors. */
    static final double EXPANSION_DB = 14;

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

    /**
     * How much a channel counts towards the scene's activity, where not fully. Being at sea is a
     * setting, not weather: a calm sea drives the sea layer (its swell is there) but does not
     * bring the whole bed up, so a storm that breaks over it rises as far as one over land.
     */
    static final Map<String, Double> ACTIVITY_WEIGHTS = Map.of("sea", 0.3);

    /** How far a segment drives a layer: the strongest of the channels it follows, each times its weight (else 1). */
    private static double drive(LayerDefinition layer, Segment segment, Map<String, Double> weights) {
        double driven = 0;
        for (String channel : layer.follows()) {
            driven = Math.max(driven, weights.getOrDefault(channel, 1.0) * segment.cue().get(channel));
        }
        return driven;
    }

    private static double peak(ChapterPlan chapter, String channel) {
        return chapter.segments().stream().mapToDouble(s -> s.cue().get(channel)).max().orElse(0);
    }
}
