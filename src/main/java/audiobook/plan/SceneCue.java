package audiobook.plan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scene a segment sets: an intensity in [0, 1] per scene channel ("storm", "wind", "rain",
 * "dust", "calm"), and the soundscape an inline {@code [soundscape: NAME]} cue has chosen from
 * here on (null: the book's own choice). Soundscape layers follow channels; a channel absent
 * here is 0.
 */
public record SceneCue(SortedMap<String, Double> intensities, String soundscape) {

    /** The channels the scene is scored on. */
    public static final List<String> CHANNELS = SceneLexicon.CHANNELS;

    public static final SceneCue NONE = new SceneCue(new TreeMap<>());

    public SceneCue {
        intensities = Collections.unmodifiableSortedMap(new TreeMap<>(intensities));
    }

    public SceneCue(SortedMap<String, Double> intensities) {
        this(intensities, null);
    }

    public static SceneCue of(Map<String, Double> intensities) {
        return new SceneCue(new TreeMap<>(intensities));
    }

    public static SceneCue of(Map<String, Double> intensities, String soundscape) {
        return new SceneCue(new TreeMap<>(intensities), soundscape);
    }

    public double get(String channel) {
        return intensities.getOrDefault(channel, 0.0);
    }
}
