package audiobook.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the scene of each segment from a lexicon of weather and mood words, in reading order.
 * A mention raises a channel at once; afterwards it decays segment by segment, so a storm that
 * rolls in stays for a while and subsides. A negation still sets the scene ("It wasn't a
 * gentle rain" is still rain), so negations are not treated specially.
 *
 * <p>Inline cues override the scoring of a channel until the next cue for it: {@code storm 0.8}
 * holds the storm at 0.8, {@code calm} holds calm at 1, {@code storm off} holds it at 0, and
 * {@code storm auto} gives the channel back to the words.
 */
final class SceneScorer {

    private static final Map<String, Map<String, Double>> LEXICON = Map.ofEntries(
            entry("storm", "storm", 1.0), entry("storms", "storm", 1.0), entry("tempest", "storm", 1.0),
            entry("thunder", "storm", 1.0), entry("lightning", "storm", 0.9), entry("hurricane", "storm", 1.0),
            entry("gale", "storm", 0.8), entry("deluge", "storm", 0.8), entry("downpour", "rain", 1.0),
            entry("rain", "rain", 0.8), entry("raining", "rain", 0.8), entry("drizzle", "rain", 0.4),
            entry("wind", "wind", 0.7), entry("winds", "wind", 0.7), entry("gust", "wind", 0.8),
            entry("gusts", "wind", 0.8), entry("howling", "wind", 0.6), entry("whipping", "wind", 0.6),
            entry("breeze", "wind", 0.3), entry("dust", "dust", 0.6), entry("debris", "dust", 0.5),
            entry("sand", "dust", 0.4), entry("ash", "dust", 0.5), entry("calm", "calm", 0.8),
            entry("quiet", "calm", 0.6), entry("silence", "calm", 0.8), entry("silent", "calm", 0.5),
            entry("still", "calm", 0.2), entry("peaceful", "calm", 0.8));

    private static final Map<String, Double> DECAY_PER_SEGMENT = Map.of(
            "storm", 0.88, "rain", 0.85, "wind", 0.8, "dust", 0.8, "calm", 0.7);

    private final Map<String, Double> level = new TreeMap<>();
    private final Map<String, Double> held = new HashMap<>();

    private static Map.Entry<String, Map<String, Double>> entry(String word, String channel, double weight) {
        return Map.entry(word, Map.of(channel, weight));
    }

    SceneCue next(String text, List<String> cues) {
        cues.forEach(this::apply);
        Map<String, Double> raw = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            LEXICON.getOrDefault(word, Map.of()).forEach((channel, w) -> raw.merge(channel, w, Double::sum));
        }
        for (String channel : DECAY_PER_SEGMENT.keySet()) {
            double decayed = level.getOrDefault(channel, 0.0) * DECAY_PER_SEGMENT.get(channel);
            double value = held.containsKey(channel) ? held.get(channel)
                    : Math.max(decayed, Math.min(1.0, raw.getOrDefault(channel, 0.0)));
            level.put(channel, Math.round(value * 1000) / 1000.0);
        }
        return SceneCue.of(level);
    }

    private static double intensity(String cue, String value) {
        try {
            double v = Double.parseDouble(value);
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw audiobook.AudiobookException.input("inline cue [" + cue + "]: the intensity must be a number from 0 to 1, "
                + "'off' or 'auto'");
    }

    /** Applies one inline cue; cues this scorer does not know (such as "soundscape: rain") are left to others. */
    private void apply(String cue) {
        String[] parts = cue.split("\\s+");
        String channel = parts[0];
        if (!DECAY_PER_SEGMENT.containsKey(channel)) {
            return;
        }
        String value = parts.length > 1 ? parts[1] : "1";
        switch (value) {
            case "auto" -> held.remove(channel);
            case "off" -> held.put(channel, 0.0);
            default -> held.put(channel, intensity(cue, value));
        }
    }
}
