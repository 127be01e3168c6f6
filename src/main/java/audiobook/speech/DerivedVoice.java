package audiobook.speech;

import audiobook.plan.Gender;

/**
 * A voice made from kevin16: a name a cast file uses, a line for people, who auto-casting may
 * give it to, and its settings (FreeTTS's rate, pitch and range, and a vocal tract).
 */
public record DerivedVoice(String name, String description, Gender gender, boolean child, VoiceSettings settings) {
}
