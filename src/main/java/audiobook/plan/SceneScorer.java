package audiobook.plan;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the scene of each segment from the words of {@link SceneLexicon}, in reading order.
 *
 * <p>A weather word is evidence for its channels, weighed by how it is used: near an onset verb
 * or a strong adjective it counts more ("a storm rolled in"), in a sentence that is mostly about
 * something else, or hypothetical, habitual or a simile it counts less ("he warned me when he
 * spotted a potential danger: a rat, a dust storm"). A negation still sets the scene ("It wasn't
 * a gentle rain" is still rain), so negations are not read. Evidence accumulates over the
 * sentences of a passage (several weather sentences in a row build up a storm), then decays
 * segment by segment, faster when the text says the weather ended or all fell calm.
 *
 * <p>Inline cues override the scoring of a channel until the next cue for it: {@code storm 0.8}
 * holds the storm at 0.8, {@code calm} holds calm at 1, {@code storm off} holds it at 0, and
 * {@code storm auto} gives the channel back to the words. {@code soundscape: NAME} chooses the
 * soundscape from here on ({@code soundscape: auto} gives the choice back to the book).
 */
final class SceneScorer {

    private static final Map<String, Double> DECAY_PER_SEGMENT = Map.of(
            "storm", 0.88, "rain", 0.85, "wind", 0.8, "dust", 0.88, "calm", 0.7);
    /** Words either side of a mention in which an onset verb makes it an event. */
    private static final int ONSET_WORDS = 6;
    private static final int ADJECTIVE_WORDS = 3;
    private static final int ENDING_WORDS = 4;
    private static final double ONSET = 1.7;
    private static final double INTENSIFIED = 1.3;
    private static final double NOT_HAPPENING = 0.45;
    private static final double SIMILE = 0.3;
    /** What an ending ("the storm had passed") leaves of its channel. */
    private static final double ENDING_KEEPS = 0.4;
    /** How much of the weather a fully calm sentence takes away. */
    private static final double CALM_HUSHES = 0.6;

    private final Map<String, Double> level = new TreeMap<>();
    private final Map<String, Double> held = new HashMap<>();
    private String soundscape;

    SceneCue next(String text, List<String> cues) {
        cues.forEach(this::apply);
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^a-z]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        Set<String> ended = new HashSet<>();
        Map<String, Double> evidence = evidence(words, ended);
        double hush = held.getOrDefault("calm", evidence.getOrDefault("calm", 0.0));
        for (String channel : SceneLexicon.CHANNELS) {
            double before = level.getOrDefault(channel, 0.0) * DECAY_PER_SEGMENT.get(channel);
            if (ended.contains(channel)) {
                before *= ENDING_KEEPS;
            }
            if (!channel.equals("calm")) {
                before *= 1 - CALM_HUSHES * hush;
            }
            double raised = evidence.getOrDefault(channel, 0.0);
            double value = held.containsKey(channel) ? held.get(channel) : before + raised * (1 - before);
            level.put(channel, Math.round(value * 1000) / 1000.0);
        }
        return SceneCue.of(level, soundscape);
    }

    /**
     * The evidence per channel this segment gives, in [0, 1]: the mentions combined as
     * independent pieces of evidence, 1 - prod(1 - p). Channels whose mention is followed by an
     * ending verb are added to {@code ended} instead.
     */
    private static Map<String, Double> evidence(String[] words, Set<String> ended) {
        Map<String, Double> missing = new HashMap<>();
        int mentions = 0;
        boolean happening = true;
        for (String word : words) {
            mentions += SceneLexicon.WEATHER.containsKey(word) ? 1 : 0;
            happening &= !SceneLexicon.NOT_HAPPENING.contains(word);
        }
        // A sentence about something else mentions the weather in passing.
        double focus = Math.min(1, 0.4 + 5.0 * mentions / Math.max(1, words.length));
        double sentence = focus * (happening ? 1 : NOT_HAPPENING);
        for (int i = 0; i < words.length; i++) {
            Map<String, Double> channels = SceneLexicon.WEATHER.get(words[i]);
            if (channels == null) {
                continue;
            }
            if (near(words, i + 1, i + ENDING_WORDS, SceneLexicon.ENDINGS)) {
                ended.addAll(channels.keySet());
                continue;
            }
            double use = sentence
                    * (near(words, i - ONSET_WORDS, i + ONSET_WORDS, SceneLexicon.ONSETS) ? ONSET : 1)
                    * (near(words, i - ADJECTIVE_WORDS, i - 1, SceneLexicon.INTENSIFIERS) ? INTENSIFIED : 1)
                    * (near(words, i - 3, i - 1, SceneLexicon.SIMILES) ? SIMILE : 1);
            channels.forEach((channel, weight) ->
                    missing.merge(channel, 1 - Math.min(1, weight * use), (a, b) -> a * b));
        }
        Map<String, Double> evidence = new HashMap<>();
        missing.forEach((channel, notSet) -> evidence.put(channel, 1 - notSet));
        return evidence;
    }

    private static boolean near(String[] words, int from, int to, Set<String> wanted) {
        for (int j = Math.max(0, from); j <= Math.min(words.length - 1, to); j++) {
            if (wanted.contains(words[j])) {
                return true;
            }
        }
        return false;
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

    /** Applies one inline cue; cues this scorer does not know are left to others. */
    private void apply(String cue) {
        if (cue.startsWith("soundscape")) {
            String name = cue.substring("soundscape".length()).replaceFirst("^\\s*:?\\s*", "").strip();
            if (name.isEmpty()) {
                throw audiobook.AudiobookException.input("inline cue [" + cue + "]: name the soundscape, "
                        + "as in [soundscape: storm]");
            }
            soundscape = name.equals("auto") ? null : name;
            return;
        }
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
