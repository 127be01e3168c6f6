package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.plan.Pauses;
import audiobook.speech.Cast;
import audiobook.speech.CastFile;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceOverrides;
import audiobook.speech.VoiceParameter;
import audiobook.speech.VoiceSettings.Narrator;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options of {@code build} that shape the narration: voices, cast file, pauses, segment cache. */
final class NarrationOptions {

    private static final int MAX_PAUSE_MS = 10_000;

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

    @Option(names = "--pause-clause", paramLabel = "MS", description = "Pause after a clause of a long sentence (default: 250, varied ±20 %%).")
    Integer pauseClause;

    @Option(names = "--pause-sentence", paramLabel = "MS", description = "Pause between sentences (default: 650, varied ±20 %%).")
    Integer pauseSentence;

    @Option(names = "--pause-paragraph", paramLabel = "MS", description = "Pause between paragraphs (default: 1250, varied ±20 %%).")
    Integer pauseParagraph;

    @Option(names = "--pause-scene", paramLabel = "MS", description = "Pause at a scene break (default: 2500, varied ±20 %%).")
    Integer pauseScene;

    @Option(names = "--pause-title", paramLabel = "MS", description = "Pause after the chapter title (default: 1800, varied ±20 %%).")
    Integer pauseTitle;

    @Option(names = "--cache", paramLabel = "DIR", description = "The segment cache (default: .cache/ in the book's folder).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Synthesise and render everything afresh; read and keep no cache.")
    boolean noCache;

    /** The cast from the built-in voices, the cast file and the voice options, each checked. */
    Cast cast(SpeechEngine engine) {
        if (voice != null && !knownVoices(engine).contains(voice)) {
            throw AudiobookException.input("--voice: unknown voice '" + voice + "'; known voices: "
                    + String.join(", ", knownVoices(engine)));
        }
        Map<VoiceParameter, Float> values = new EnumMap<>(VoiceParameter.class);
        put(values, VoiceParameter.RATE, rate);
        put(values, VoiceParameter.PITCH, pitch);
        put(values, VoiceParameter.PITCH_RANGE, pitchRange);
        put(values, VoiceParameter.VOLUME, volume);
        return Cast.resolve(castFile(cast, engine), new VoiceOverrides(voice, values));
    }

    /** {@code --cast}: none, {@code auto}, or a cast file; {@code plan} takes it too. */
    static CastFile castFile(String option, SpeechEngine engine) {
        if (option == null) {
            return CastFile.NONE;
        }
        return option.equals("auto") ? CastFile.AUTO : CastFile.read(Path.of(option), engine.voiceNames());
    }

    private static java.util.List<String> knownVoices(SpeechEngine engine) {
        java.util.List<String> all = new java.util.ArrayList<>(engine.voiceNames());
        all.addAll(audiobook.speech.VoiceCatalogue.names());
        return all;
    }

    Pauses pauses() {
        Pauses d = Pauses.DEFAULT;
        return new Pauses(ms("--pause-clause", pauseClause, d.clauseMs()), ms("--pause-sentence", pauseSentence, d.sentenceMs()),
                ms("--pause-paragraph", pauseParagraph, d.paragraphMs()), ms("--pause-scene", pauseScene, d.sceneMs()),
                ms("--pause-title", pauseTitle, d.titleMs()));
    }

    boolean useCache() {
        if (noCache && cacheDir != null) {
            throw AudiobookException.input("--cache and --no-cache contradict each other; give one");
        }
        return !noCache;
    }

    Path cacheDir() {
        return cacheDir;
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

    private static int ms(String option, Integer value, int defaultMs) {
        if (value == null) {
            return defaultMs;
        }
        if (value < 0 || value > MAX_PAUSE_MS) {
            throw AudiobookException.input(option + " must be from 0 to " + MAX_PAUSE_MS + " ms, not " + value);
        }
        return value;
    }
}
