package audiobook.plan;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which voice reads whom, as the user decided it: the voices of the narrator and of speech by no
 * known speaker, the characters the cast file lists (with their aliases) and the voices it gives
 * them, and whether the most talkative of the others get voices of their own ({@code --cast auto}).
 * Voices are names only here; the narration stage knows what they sound like.
 *
 * @param pool the voices auto-casting may hand out, in the order it tries them
 */
public record Casting(String narrator, String dialogue, List<Person> people, Map<String, String> voices,
                      boolean auto, List<PoolVoice> pool) {

    public static final String NARRATOR = "narrator";
    public static final String DIALOGUE = "dialogue";
    /** Every quotation in the generic dialogue voice, as before characters had voices. */
    public static final Casting NONE = new Casting(NARRATOR, DIALOGUE, List.of(), Map.of(), false, List.of());

    /** A voice auto-casting may give: to a man or a woman (UNKNOWN: either), or to a child. */
    public record PoolVoice(String name, Gender gender, boolean child) {
    }

    public Casting {
        people = List.copyOf(people);
        voices = new TreeMap<>(voices);
        pool = List.copyOf(pool);
    }

    static String defaultVoice(VoiceRole role) {
        return role == VoiceRole.DIALOGUE ? DIALOGUE : NARRATOR;
    }

    /**
     * Each speaking character's voice. The cast file's first; the narrator's "I" is the
     * narrator; then, with auto, the members in the summary's order (most lines first) each take
     * the first unused pool voice that fits them: a child's for "the boy", a woman's for a woman,
     * a man's for a man or for someone whose gender the text does not show (the narrator and the
     * dialogue voice are men's too). When the fitting voices run out, the rest keep the dialogue voice.
     */
    Map<String, String> assign(CastSummary summary) {
        Map<String, String> assigned = new LinkedHashMap<>();
        Set<String> used = new HashSet<>(voices.values());
        used.add(narrator);
        used.add(dialogue);
        for (CastSummary.Member m : summary.members()) {
            if (voices.containsKey(m.name())) {
                assigned.put(m.name(), voices.get(m.name()));
            } else if (m.name().equals("I")) {
                assigned.put(m.name(), narrator);
            }
        }
        for (CastSummary.Member m : summary.members()) {
            if (!auto || assigned.containsKey(m.name())) {
                continue;
            }
            boolean child = isChild(m.name());
            for (PoolVoice v : pool) {
                boolean fits = child ? v.child() : !v.child() && (v.gender() == Gender.UNKNOWN
                        || v.gender() == (m.gender() == Gender.FEMALE ? Gender.FEMALE : Gender.MALE));
                if (fits && used.add(v.name())) {
                    assigned.put(m.name(), v.name());
                    break;
                }
            }
        }
        return assigned;
    }

    private static boolean isChild(String name) {
        String[] words = name.split(" ");
        return name.startsWith("the ") && SpeechTags.CHILDREN.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }
}
