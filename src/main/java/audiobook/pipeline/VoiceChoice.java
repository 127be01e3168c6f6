package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.speech.Cast;
import audiobook.speech.CastFile;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceCatalogue;
import audiobook.speech.VoiceOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user asked of the voices: a cast file (or {@code auto}, or none) and the narrator's
 * voice and parameters from the command line. {@link #cast} makes the cast from them, and is
 * the one place a voice name is checked: the command line's against the engine's voices and the
 * voices made from them, a cast file's lines as the file is read.
 *
 * @param castFile  a cast file's path, {@code auto}, or null for none
 * @param narrator  the command line's narrator voice and parameters (values already in range)
 */
public record VoiceChoice(String castFile, VoiceOverrides narrator) {

    public static final VoiceChoice DEFAULT = new VoiceChoice(null, VoiceOverrides.NONE);

    public VoiceChoice {
        narrator = narrator == null ? VoiceOverrides.NONE : narrator;
    }

    /** The cast from the built-in voices, the cast file and the command line, in that order. */
    public Cast cast(SpeechEngine engine) {
        String voice = narrator.voice();
        List<String> known = new ArrayList<>(engine.voiceNames());
        known.addAll(VoiceCatalogue.names());
        if (voice != null && !known.contains(voice)) {
            throw AudiobookException.input("--voice: unknown voice '" + voice + "'; known voices: "
                    + String.join(", ", known));
        }
        CastFile file = castFile == null ? CastFile.NONE
                : castFile.equals("auto") ? CastFile.AUTO : CastFile.read(Path.of(castFile), engine.voiceNames());
        return Cast.resolve(file, narrator);
    }
}
