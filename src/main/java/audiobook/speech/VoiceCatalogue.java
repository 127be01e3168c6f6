package audiobook.speech;

import audiobook.plan.Casting;
import audiobook.plan.Gender;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The voices a book can cast, all made from kevin16 ({@link DerivedVoice}): the narrator, the
 * generic dialogue voice, and characters that a listener tells apart at once. Each character
 * voice moves kevin16's pitch and vocal tract together, as bodies differ: a shorter tract and a
 * higher pitch for a woman, a little shorter again for a child, a slightly shorter one for a
 * young man; a darker tilt for age. Voices that scored more than 0.08 worse than kevin16 in
 * PocketSphinx's word error rate were dropped (README, "Voices made from kevin16"): a longer
 * tract and a gruff 70 Hz voice did, so the older man keeps kevin16's tract and is lower and
 * darker.
 */
public final class VoiceCatalogue {

    private static final String BASE = "kevin16";

    /** In the order auto-casting tries them within a gender. */
    public static final List<DerivedVoice> VOICES = List.of(
            new DerivedVoice(Casting.NARRATOR, "the narrator: kevin16 as FreeTTS speaks it", Gender.UNKNOWN, false,
                    VoiceSettings.NARRATOR),
            new DerivedVoice(Casting.DIALOGUE, "speech by no known speaker: the narrator a little higher and quicker",
                    Gender.UNKNOWN, false, Cast.dialogueFor(VoiceSettings.NARRATOR)),
            voice("young-man", "a younger man: higher, quicker, a slightly shorter tract", Gender.MALE, false,
                    160, 130, 18, 1.06, 1.5),
            voice("older-man", "an older man: lower, steadier and darker", Gender.MALE, false,
                    150, 85, 11, 1.0, -3),
            voice("woman", "a woman: a shorter tract, pitch an octave up", Gender.FEMALE, false,
                    155, 205, 30, 1.17, 1),
            voice("older-woman", "an older woman: lower than the woman, slower, darker", Gender.FEMALE, false,
                    145, 165, 20, 1.12, -2),
            voice("child", "a child: a shorter tract and a pitch above the woman's", Gender.UNKNOWN, true,
                    160, 235, 30, 1.14, 0),
            voice("aside", "the narrator's aside: flatter, darker and quieter", Gender.UNKNOWN, false,
                    160, 95, 5, 1.0, -4));

    private VoiceCatalogue() {
    }

    private static DerivedVoice voice(String name, String description, Gender gender, boolean child, float rate,
                                      float pitch, float range, double formants, double tiltDb) {
        return new DerivedVoice(name, description, gender, child,
                new VoiceSettings(BASE, rate, pitch, range, name.equals("aside") ? 0.8f : 1f,
                        new VocalTract(formants, tiltDb)));
    }

    /**
     * Word error rates measured by {@code bench/voices-wer.sh} (PocketSphinx on the seed story's
     * dry narration in each voice); the README has the table. Measured, not computed: they say
     * how these definitions scored, and must be measured again when a definition changes.
     */
    private static final Map<String, Double> MEASURED_WER = Map.of("narrator", 0.359, "dialogue", 0.364,
            "young-man", 0.327, "older-man", 0.394, "woman", 0.377, "older-woman", 0.357, "child", 0.396,
            "aside", 0.341);

    public static Optional<Double> measuredWer(String name) {
        return Optional.ofNullable(MEASURED_WER.get(name));
    }

    public static Optional<DerivedVoice> find(String name) {
        return VOICES.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return VOICES.stream().map(DerivedVoice::name).toList();
    }

    /** The character voices auto-casting hands out: all but the narrator's, dialogue's and the aside. */
    public static List<Casting.PoolVoice> pool() {
        return VOICES.stream().filter(v -> v.gender() != Gender.UNKNOWN || v.child())
                .map(v -> new Casting.PoolVoice(v.name(), v.gender(), v.child())).toList();
    }
}
