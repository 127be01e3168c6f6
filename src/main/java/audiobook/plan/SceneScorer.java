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
 * a gentle rain" is still rain), so negations are not read.
 *
 * <p>Each weather channel has two parts, and the segment's intensity is the larger:
 * <ul>
 * <li>the <em>scene</em>, what the story has established. Every weather sentence (evidence of at
 * least {@value #MIN_BUILD_EVIDENCE}) builds it: a storm that breaks sets it to 0.6, two more
 * stormy sentences to about 0.9. It then <em>holds</em> while the text goes on about other
 * things (it loses {@value #SCENE_LOSS_PER_SEGMENT} a segment: a tenth in some 35 segments), so a
 * storm chapter stays a storm from the moment it breaks. It ends when the text ends it: an
 * ending verb after the weather word ("the storm had passed", "blew itself out") takes it to a
 * tenth, a calm sentence ("all was still and silent") hushes every weather channel, and a scene
 * break or a sentence that opens with a jump in time ("Over the next few weeks", "At dawn",
 * "Three days later") starts the next scene from nothing;</li>
 * <li>the <em>mention</em>, a passing reference: it rises with each mention and decays segment
 * by segment (to about a fifth in ten segments), so "a dust storm" in a list of dangers is a
 * brief colour, not a scene.</li>
 * </ul>
 *
 * <p>Inline cues override the scoring of a channel until the next cue for it: {@code storm 0.8}
 * holds the storm at 0.8, {@code calm} holds calm at 1, {@code storm off} holds it at 0, and
 * {@code storm auto} gives the channel back to the words. {@code soundscape: NAME} chooses the
 * soundscape from here on ({@code soundscape: auto} gives the choice back to the book).
 */
final class SceneScorer {

    private static final Map<String, Double> MENTION_DECAY = Map.of(
            "storm", 0.85, "rain", 0.82, "wind", 0.78, "sea", 0.85, "dust", 0.85, "calm", 0.7);
    /** How far a weather sentence of full evidence builds its scene towards 1. */
    private static final double BUILD = 0.6;
    /** Weaker evidence is a passing mention, which does not build the scene. */
    static final double MIN_BUILD_EVIDENCE = 0.3;
    /** What an established scene loses per segment while nothing ends it. */
    static final double SCENE_LOSS_PER_SEGMENT = 0.003;
    /** Words either side of a mention in which an onset verb makes it an event. */
    private static final int ONSET_WORDS = 6;
    private static final int ADJECTIVE_WORDS = 3;
    private static final int ENDING_WORDS = 4;
    private static final double ONSET = 1.7;
    private static final double INTENSIFIED = 1.3;
    private static final double NOT_HAPPENING = 0.45;
    private static final double SIMILE = 0.3;
    /** What an ending ("the storm had passed") leaves of its channel's scene and mention. */
    private static final double ENDING_KEEPS_SCENE = 0.1;
    private static final double ENDING_KEEPS_MENTION = 0.4;
    /** Calm evidence below this is a mood word in passing ("a silent observer"), not the weather falling still. */
    private static final double CALM_THRESHOLD = 0.45;
    /** How much of the weather a fully calm sentence takes away. */
    private static final double CALM_HUSHES = 0.85;
    /** What a scene break or a jump in time leaves of the last scene's mentions. */
    private static final double BREAK_KEEPS_MENTION = 0.3;

    private final Map<String, Double> scene = new HashMap<>();
    private final Map<String, Double> mention = new HashMap<>();
    private final Map<String, Double> held = new HashMap<>();
    private String soundscape;

    /** The cue the planner puts before the first segment after a scene break (no one can type it). */
    static final String SCENE_BREAK = "\u0000scene break";

    /** A scene break: the weather of the scene before does not carry over. */
    void sceneBreak() {
        scene.clear();
        mention.replaceAll((channel, value) -> value * BREAK_KEEPS_MENTION);
    }

    SceneCue next(String text, List<String> cues) {
        cues.forEach(this::apply);
        if (SceneLexicon.TIME_JUMP.matcher(text.strip()).lookingAt()) {
            sceneBreak();
        }
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "").split("[^a-z]+"))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        Set<String> ended = new HashSet<>();
        Map<String, Double> evidence = evidence(words, ended);
        double calm = evidence.getOrDefault("calm", 0.0);
        double hush = calm >= CALM_THRESHOLD ? calm : 0;
        Map<String, Double> level = new TreeMap<>();
        for (String channel : SceneLexicon.CHANNELS) {
            double raised = evidence.getOrDefault(channel, 0.0);
            double passing = mention.getOrDefault(channel, 0.0) * MENTION_DECAY.get(channel);
            double established = scene.getOrDefault(channel, 0.0) * (1 - SCENE_LOSS_PER_SEGMENT);
            if (ended.contains(channel)) {
                passing *= ENDING_KEEPS_MENTION;
                established *= ENDING_KEEPS_SCENE;
            }
            if (!channel.equals("calm")) {
                passing *= 1 - CALM_HUSHES * hush;
                established *= 1 - CALM_HUSHES * hush;
                if (raised >= MIN_BUILD_EVIDENCE) {
                    established += BUILD * raised * (1 - established);
                }
            }
            passing += raised * (1 - passing);
            mention.put(channel, passing);
            scene.put(channel, established);
            double value = held.containsKey(channel) ? held.get(channel) : Math.max(passing, established);
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
        if (cue.equals(SCENE_BREAK)) {
            sceneBreak();
            return;
        }
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
        if (!SceneLexicon.CHANNELS.contains(channel)) {
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
