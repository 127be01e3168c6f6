package audiobook.speech;

import audiobook.AudiobookException;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FreeTTS adapter. A FreeTTS {@link Voice} gives corrupted output when threads share it, so
 * every thread gets its own voices; they are allocated one at a time because FreeTTS loads its
 * lexicon into an unsynchronised static map (DSP-NOTES §6).
 */
public final class FreeTtsEngine implements SpeechEngine {

    private static final Object ALLOCATION_LOCK = new Object();
    private static final List<String> VOICES = List.of("kevin16", "kevin");

    static {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
    }

    private final ThreadLocal<Map<String, Voice>> voices = ThreadLocal.withInitial(HashMap::new);

    public static List<String> voiceNames() {
        return VOICES;
    }

    @Override
    public String id() {
        return "freetts-1.2.2";
    }

    @Override
    public SpeechClip speak(String text, VoiceSettings settings) {
        Voice voice = voices.get().computeIfAbsent(settings.voice(), FreeTtsEngine::allocate);
        CapturingAudioPlayer player = new CapturingAudioPlayer();
        voice.setAudioPlayer(player);
        voice.setRate(settings.rateWpm());
        voice.setPitch(settings.pitchHz());
        voice.setPitchRange(settings.pitchRangeHz());
        if (!voice.speak(text)) {
            throw new IllegalStateException("FreeTTS failed to speak: " + text);
        }
        float[] samples = SilenceTrimmer.trim(player.takeSamples(), player.sampleRate());
        if (settings.volume() != 1f) {
            // FreeTTS passes the volume to the player only; the samples arrive unscaled.
            for (int i = 0; i < samples.length; i++) {
                samples[i] *= settings.volume();
            }
        }
        return new SpeechClip(samples, player.sampleRate());
    }

    private static Voice allocate(String name) {
        synchronized (ALLOCATION_LOCK) {
            Voice voice = VoiceManager.getInstance().getVoice(name);
            if (voice == null) {
                throw AudiobookException.input("unknown voice '" + name + "'; known voices: "
                        + String.join(", ", VOICES));
            }
            voice.allocate();
            return voice;
        }
    }

}
