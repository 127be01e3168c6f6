package audiobook.speech;

import audiobook.plan.Casting;
import audiobook.plan.Person;
import audiobook.plan.Segment;
import audiobook.plan.VoiceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who reads what: the narrator (narration and chapter titles), the dialogue voice (speech by no
 * known speaker), and the characters' voices. The dialogue voice is the narrator's, a little
 * higher, quicker and livelier, unless a cast file says otherwise, so that a change of speaker
 * is heard without a change of voice that would distract. Characters get voices from the cast
 * file's {@code character:} lines, or with {@code cast: auto} / {@code --cast auto} from
 * {@link VoiceCatalogue}; the plan's {@link Casting} decides which speaker gets which.
 *
 * @param characters settings of the characters whose cast-file line changes their voice
 * @param casting    what the plan needs to give every segment its voice
 */
public record Cast(VoiceSettings narrator, VoiceSettings dialogue, Map<String, VoiceSettings> characters,
                   Casting casting) {

    public static final VoiceSettings DEFAULT_NARRATOR = VoiceSettings.NARRATOR;

    /*
     * Small steps: every step away from FreeTTS's own prosody cost intelligibility in the
     * measurements (README, "Voices"), and the difference only has to be heard, not admired.
     */
    private static final float DIALOGUE_PITCH_UP_HZ = 10f;
    private static final float DIALOGUE_RATE_UP_WPM = 10f;
    private static final float DIALOGUE_RANGE_UP_HZ = 3f;

    public static final Cast DEFAULT = of(DEFAULT_NARRATOR);

    public Cast {
        characters = new TreeMap<>(characters);
    }

    /** Narrator and dialogue voices only: every quotation in the dialogue voice. */
    public Cast(VoiceSettings narrator, VoiceSettings dialogue) {
        this(narrator, dialogue, Map.of(), Casting.NONE);
    }

    /** The narrator given, and the dialogue voice derived from it. */
    public static Cast of(VoiceSettings narrator) {
        return new Cast(narrator, dialogueFor(narrator));
    }

    /**
     * The cast from the built-in defaults, then the cast file, then the command line (which
     * speaks of the narrator; a voice named there is also the dialogue voice's unless the cast
     * file names one for dialogue).
     */
    public static Cast resolve(CastFile file, VoiceOverrides commandLine) {
        VoiceSettings narrator = commandLine.applyTo(file.narrator().applyTo(DEFAULT_NARRATOR));
        VoiceSettings dialogue = file.dialogue().applyTo(dialogueFor(narrator));
        String narratorName = commandLine.derived().or(() -> file.narrator().derived())
                .map(DerivedVoice::name).orElse(Casting.NARRATOR);
        String dialogueName = file.dialogue().derived().map(DerivedVoice::name).orElse(Casting.DIALOGUE);
        List<Person> people = new ArrayList<>();
        Map<String, String> voices = new TreeMap<>();
        Map<String, VoiceSettings> settings = new TreeMap<>();
        for (CastFile.CharacterLine line : file.characters()) {
            people.add(line.person());
            if (line.voice().isEmpty()) {
                continue;
            }
            String name = line.person().name();
            voices.put(name, line.voice().voice() != null ? line.voice().voice() : Casting.DIALOGUE);
            settings.put(name, line.voice().applyTo(dialogue));
        }
        return new Cast(narrator, dialogue, settings, new Casting(narratorName, dialogueName, people, voices,
                file.auto(), VoiceCatalogue.pool()));
    }

    static VoiceSettings dialogueFor(VoiceSettings narrator) {
        return narrator
                .with(VoiceParameter.PITCH, VoiceParameter.PITCH.clamp(narrator.pitchHz() + DIALOGUE_PITCH_UP_HZ))
                .with(VoiceParameter.RATE, VoiceParameter.RATE.clamp(narrator.rateWpm() + DIALOGUE_RATE_UP_WPM))
                .with(VoiceParameter.PITCH_RANGE,
                        VoiceParameter.PITCH_RANGE.clamp(narrator.pitchRangeHz() + DIALOGUE_RANGE_UP_HZ));
    }

    /** The voice for a role; roles without a voice of their own are read by the narrator. */
    public VoiceSettings voiceFor(VoiceRole role) {
        return role == VoiceRole.DIALOGUE ? dialogue : narrator;
    }

    /**
     * The voice of a segment: narration the narrator's; a quotation its speaker's cast-file
     * voice, else the voice the plan named for it, else the dialogue voice.
     */
    public VoiceSettings voiceFor(Segment segment) {
        if (segment.role() != VoiceRole.DIALOGUE) {
            return narrator;
        }
        if (segment.speaker() != null && characters.containsKey(segment.speaker())) {
            return characters.get(segment.speaker());
        }
        String name = segment.voice();
        if (name == null || name.equals(casting.dialogue())) {
            return dialogue;
        }
        if (name.equals(casting.narrator())) {
            return narrator;
        }
        return VoiceCatalogue.find(name).map(DerivedVoice::settings).orElse(dialogue);
    }

    /** Every engine voice the cast may speak with, for checking them before a build. */
    public List<String> engineVoices() {
        List<String> all = new ArrayList<>(List.of(narrator.voice(), dialogue.voice()));
        characters.values().forEach(v -> all.add(v.voice()));
        return all.stream().distinct().toList();
    }
}
