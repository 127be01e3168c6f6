package audiobook.plan;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The scene a segment sets: an intensity in [0, 1] per scene channel ("storm", "wind", "rain",
 * "dust", "calm"). Soundscape layers follow channels; a channel absent here is 0.
 */
public record SceneCue(SortedMap<String, Double> intensities) {

    public static final SceneCue NONE = new SceneCue(new TreeMap<>());

    public SceneCue {
        intensities = Collections.unmodifiableSortedMap(new TreeMap<>(intensities));
    }

    public static SceneCue of(Map<String, Double> intensities) {
        return new SceneCue(new TreeMap<>(intensities));
    }

    public double get(String channel) {
        return intensities.getOrDefault(channel, 0.0);
    }
}
