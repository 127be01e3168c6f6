package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Real FreeTTS on short texts: each call takes tens of milliseconds. */
class FreeTtsEngineTest {

    static final FreeTtsEngine ENGINE = new FreeTtsEngine();
    private static final String TEXT = "The lamp burned all night.";
    private static final VoiceSettings BASE = VoiceSettings.FREETTS_DEFAULT;

    @Test
    void listsKevin16FirstAsTheDefaultAndKevinAtEightKilohertz() {
        assertEquals("kevin16", ENGINE.voices().get(0).name());
        assertEquals(16000, ENGINE.voices().get(0).sampleRate());
        assertEquals("kevin", ENGINE.voices().get(1).name());
        assertEquals(8000, ENGINE.voices().get(1).sampleRate());
        assertEquals("kevin16", VoiceSettings.NARRATOR.voice());
    }

    @Test
    void everyVoiceSpeaksAtTheRateItIsListedWith() {
        for (VoiceDescription voice : ENGINE.voices()) {
            SpeechClip clip = ENGINE.speak(TEXT, BASE.withVoice(voice.name()));
            assertEquals(voice.sampleRate(), clip.sampleRate(), voice.name());
            assertTrue(clip.seconds() > 1 && clip.seconds() < 3, voice.name() + ": " + clip.seconds() + " s");
        }
    }

    @Test
    void anUnknownVoiceIsAnInputErrorListingTheKnownOnes() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> ENGINE.speak(TEXT, BASE.withVoice("alan")));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("'alan'") && e.getMessage().contains("kevin16, kevin"), e.getMessage());
    }

    @Test
    void theRateSetsTheSpeakingTime() {
        double at150 = ENGINE.speak(TEXT, BASE).seconds();
        double at100 = ENGINE.speak(TEXT, BASE.with(VoiceParameter.RATE, 100)).seconds();
        double at200 = ENGINE.speak(TEXT, BASE.with(VoiceParameter.RATE, 200)).seconds();
        assertEquals(1.5, at100 / at150, 0.12);
        assertEquals(0.75, at200 / at150, 0.08);
    }

    @Test
    void thePitchSetsTheFundamental() {
        double low = PitchMeter.medianHz(ENGINE.speak("Oh no, a low moaning alarm.", BASE.with(VoiceParameter.PITCH, 90)));
        double high = PitchMeter.medianHz(ENGINE.speak("Oh no, a low moaning alarm.", BASE.with(VoiceParameter.PITCH, 135)));
        assertEquals(90, low, 12);
        assertEquals(1.5, high / low, 0.12);
    }

    @Test
    void aWiderPitchRangeMovesThePitchMore() {
        String text = "Well, I wonder whether the weather will hold, or whether it will rain all evening.";
        double narrow = PitchMeter.spreadHz(ENGINE.speak(text, BASE.with(VoiceParameter.PITCH_RANGE, 5)));
        double wide = PitchMeter.spreadHz(ENGINE.speak(text, BASE.with(VoiceParameter.PITCH_RANGE, 30)));
        assertTrue(wide > 2 * narrow, "spread " + narrow + " Hz vs " + wide + " Hz");
    }

    @Test
    void theVolumeScalesTheSamples() {
        float[] full = ENGINE.speak(TEXT, BASE).samples();
        float[] half = ENGINE.speak(TEXT, BASE.with(VoiceParameter.VOLUME, 0.5f)).samples();
        assertEquals(full.length, half.length);
        for (int i = 0; i < full.length; i++) {
            assertEquals(full[i] * 0.5f, half[i], 1e-7f);
        }
    }

    @Test
    void theEngineOwnSilenceIsTrimmed() {
        float[] clip = ENGINE.speak(TEXT, BASE).samples();
        int rate = 16000;
        // FreeTTS starts and ends an utterance with silence; what is left is the 10 ms margin and fade.
        assertTrue(firstAbove(clip, 0.003f) <= 0.012 * rate, "lead-in " + firstAbove(clip, 0.003f));
        assertTrue(clip.length - 1 - lastAbove(clip, 0.003f) <= 0.012 * rate, "tail");
        assertEquals(0f, clip[0]);
        assertEquals(0f, clip[clip.length - 1]);
    }

    @Test
    void theSameTextAndSettingsGiveTheSameSamplesAndOtherSettingsDoNot() {
        float[] a = ENGINE.speak(TEXT, BASE).samples();
        assertArrayEquals(a, ENGINE.speak(TEXT, BASE).samples());
        assertNotEquals(Arrays.hashCode(a), Arrays.hashCode(ENGINE.speak(TEXT, BASE.with(VoiceParameter.PITCH, 120)).samples()));
    }

    private static int firstAbove(float[] x, float threshold) {
        int i = 0;
        while (i < x.length && Math.abs(x[i]) < threshold) {
            i++;
        }
        return i;
    }

    private static int lastAbove(float[] x, float threshold) {
        int i = x.length - 1;
        while (i > 0 && Math.abs(x[i]) < threshold) {
            i--;
        }
        return i;
    }
}
