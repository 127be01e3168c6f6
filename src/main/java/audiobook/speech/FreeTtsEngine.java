package audiobook.speech;

import audiobook.AudiobookException;
import com.sun.speech.freetts.Voice;
import java.util.List;

/**
 * The FreeTTS adapter, the only code that speaks through FreeTTS. Each call borrows a voice of
 * its own from {@link FreeTtsVoices}, so calls may run on any number of threads.
 */
public final class FreeTtsEngine implements SpeechEngine {

    /** Bump the suffix whenever trimming or fading changes the samples: it invalidates cached clips. */
    private static final String ID = "freetts-1.2.2/trim-1/lone-w-1";

    private static final List<VoiceDescription> VOICES = List.of(
            new VoiceDescription("kevin16", 16000, "US English male, diphone synthesis, wideband (default)"),
            new VoiceDescription("kevin", 8000, "US English male, diphone synthesis, telephone band"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<VoiceDescription> voices() {
        return VOICES;
    }

    /** Allocating a voice takes about 0.4 s (DSP-NOTES §6): done ahead, it overlaps with planning. */
    @Override
    public void prepare(String voice, int calls) {
        if (voiceNames().contains(voice)) {
            FreeTtsOutput.inside(() -> {
                FreeTtsVoices.prepare(voice, calls);
                return null;
            });
        }
    }

    @Override
    public SpeechClip speak(String text, VoiceSettings settings) {
        return FreeTtsOutput.inside(() -> speakInside(text, settings));
    }

    private SpeechClip speakInside(String text, VoiceSettings settings) {
        if (!voiceNames().contains(settings.voice())) {
            throw AudiobookException.input("unknown voice '" + settings.voice() + "'; known voices: "
                    + String.join(", ", voiceNames()));
        }
        Voice voice = FreeTtsVoices.borrow(settings.voice());
        try {
            CapturingAudioPlayer player = new CapturingAudioPlayer();
            voice.setAudioPlayer(player);
            // setRate sets the duration stretch (150/wpm), so it must be set on every call.
            voice.setRate(settings.rateWpm());
            // A new vocal tract raises the pitch with the formants: ask FreeTTS for less by as much.
            double formants = settings.tract().formants();
            voice.setPitch(VoiceParameter.PITCH.clamp(settings.pitchHz() / formants));
            voice.setPitchRange(VoiceParameter.PITCH_RANGE.clamp(settings.pitchRangeHz() / formants));
            FreeTtsVoices.loneW(voice).mend(text);
            if (!voice.speak(text)) {
                throw new IllegalStateException("FreeTTS failed to speak: " + text);
            }
            float[] samples = VoiceShaper.shape(SilenceTrimmer.trim(player.takeSamples(), player.sampleRate()),
                    player.sampleRate(), settings.tract());
            if (settings.volume() != 1f) {
                // FreeTTS passes the volume to the player only; the samples arrive unscaled.
                for (int i = 0; i < samples.length; i++) {
                    samples[i] *= settings.volume();
                }
            }
            return new SpeechClip(samples, player.sampleRate());
        } finally {
            FreeTtsVoices.giveBack(settings.voice(), voice);
        }
    }
}
