package audiobook.speech;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a cast file line or the command line says about a voice: a voice name and parameter
 * values, each possibly absent. Applied over a base voice, later sources win. A derived voice's
 * name ({@code woman}) stands for all its settings, vocal tract included; an engine's voice name
 * ({@code kevin}) changes only the voice.
 *
 * @param voice  a voice name, or null to keep the base's
 * @param values parameter values, already checked against {@link VoiceParameter}'s ranges
 */
public record VoiceOverrides(String voice, Map<VoiceParameter, Float> values) {

    public static final VoiceOverrides NONE = new VoiceOverrides(null, Map.of());

    public VoiceOverrides {
        EnumMap<VoiceParameter, Float> copy = new EnumMap<>(VoiceParameter.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return voice == null && values.isEmpty();
    }

    /** The derived voice this names, if it names one. */
    public java.util.Optional<DerivedVoice> derived() {
        return voice == null ? java.util.Optional.empty() : VoiceCatalogue.find(voice);
    }

    public VoiceSettings applyTo(VoiceSettings base) {
        VoiceSettings result = voice == null ? base
                : derived().map(DerivedVoice::settings).orElseGet(() -> base.withVoice(voice));
        for (Map.Entry<VoiceParameter, Float> e : values.entrySet()) {
            result = result.with(e.getKey(), e.getValue());
        }
        return result;
    }
}
