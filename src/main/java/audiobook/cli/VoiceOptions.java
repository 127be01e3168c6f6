package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.pipeline.VoiceChoice;
import audiobook.speech.VoiceOverrides;
import audiobook.speech.VoiceParameter;
import audiobook.speech.VoiceSettings.Narrator;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The narrator's voice and the cast file, shared by {@code build} and {@code plan}. */
final class VoiceOptions {

    @Option(names = "--voice", paramLabel = "NAME", description = "The narrator's voice: kevin16, kevin or a voice made from kevin16 (see 'audiobook voices'; default: kevin16).")
    String voice;

    @Option(names = "--rate", paramLabel = "WPM", description = "The narrator's speed in words per minute (default: " + Narrator.RATE_WPM + ").")
    String rate;

    @Option(names = "--pitch", paramLabel = "HZ", description = "The narrator's mean pitch in Hz (default: " + Narrator.PITCH_HZ + ").")
    String pitch;

    @Option(names = "--pitch-range", paramLabel = "HZ", description = "How far the narrator's pitch moves, in Hz (default: " + Narrator.PITCH_RANGE_HZ + ").")
    String pitchRange;

    @Option(names = "--volume", paramLabel = "0..1", description = "The narrator's volume relative to dialogue's (default: 1).")
    String volume;

    @Option(names = "--cast", paramLabel = "FILE|auto",
            description = "Voices of the narrator, of dialogue and of characters, one line per role (see README, "
                    + "'Casting'); 'auto' gives the most talkative characters voices of their own.")
    String cast;

    /** What was asked, each parameter checked against its range; the voice names are checked where the cast is made. */
    VoiceChoice choice() {
        Map<VoiceParameter, Float> values = new EnumMap<>(VoiceParameter.class);
        put(values, VoiceParameter.RATE, rate);
        put(values, VoiceParameter.PITCH, pitch);
        put(values, VoiceParameter.PITCH_RANGE, pitchRange);
        put(values, VoiceParameter.VOLUME, volume);
        return new VoiceChoice(cast, new VoiceOverrides(voice, values));
    }

    /** Values are taken as text so that "fast" gets the same one-line message as "-5". */
    private static void put(Map<VoiceParameter, Float> values, VoiceParameter parameter, String value) {
        if (value == null) {
            return;
        }
        String problem = parameter.problem(value);
        if (problem != null) {
            throw AudiobookException.input("--" + parameter.key() + " " + problem);
        }
        values.put(parameter, (float) VoiceParameter.parse(value));
    }
}
