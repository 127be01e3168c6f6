package audiobook.soundscape;

import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceDescription;
import audiobook.speech.VoiceSettings;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Speech-like sound without FreeTTS, for building whole books fast: about 150 words a minute
 * of band-limited noise in syllable-rate bursts at 16 kHz, the same for the same text.
 */
final class FakeSpeechEngine implements SpeechEngine {

    private static final int RATE = 16000;

    @Override
    public String id() {
        return "fake-1";
    }

    @Override
    public List<VoiceDescription> voices() {
        return List.of(new VoiceDescription("kevin16", RATE, "speech-like noise for tests"));
    }

    @Override
    public SpeechClip speak(String text, VoiceSettings voice) {
        int frames = (int) (0.062 * text.length() * RATE) + RATE / 10;
        SplittableRandom random = new SplittableRandom(text.hashCode());
        float[] samples = new float[frames];
        double low = 0;
        double lower = 0;
        for (int i = 0; i < frames; i++) {
            double syllable = Math.max(0, Math.sin(Math.PI * 4.0 * i / RATE));
            low += 0.3 * ((2 * random.nextDouble() - 1) - low);
            lower += 0.3 * (low - lower);
            samples[i] = (float) (0.8 * syllable * lower);
        }
        return new SpeechClip(samples, RATE);
    }
}
