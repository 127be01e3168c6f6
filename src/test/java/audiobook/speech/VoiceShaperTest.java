package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;
import org.junit.jupiter.api.Test;

/** The derived voices measure where their definitions put them. */
class VoiceShaperTest {

    private static final String TEXT = "The storm came up from the south, and the captain called all hands on deck. "
            + "Nobody on board had seen a sea like it.";
    private static final FreeTtsEngine ENGINE = new FreeTtsEngine();

    @Test
    void wsolaChangesTheDurationExactlyAndNotThePitch() {
        float[] tone = new float[16000];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 150 * i / 16000.0));
        }
        for (double stretch : new double[] {0.8, 1.17, 1.3}) {
            float[] out = Wsola.stretch(tone, 16000, stretch);
            assertEquals(Math.round(tone.length * stretch), out.length);
            double pitch = PitchMeter.meanHz(new SpeechClip(out, 16000));
            assertEquals(150, pitch, 1.5, "stretch " + stretch);
        }
    }

    @Test
    void theVocalTractMovesTheFormantsByItsFactorAndKeepsTheDuration() {
        float[] plain = ENGINE.speak(TEXT, VoiceSettings.NARRATOR).samples();
        double centroid = centroid(plain);
        for (double formants : new double[] {0.88, 1.17, 1.26}) {
            float[] shaped = VoiceShaper.shape(plain, 16000, new VocalTract(formants, 0));
            assertEquals(plain.length, shaped.length);
            double ratio = centroid(shaped) / centroid;
            assertEquals(formants, ratio, 0.06 * formants, "formants " + formants + ": centroid ratio " + ratio);
        }
    }

    @Test
    void aTiltDarkensOrBrightens() {
        float[] plain = ENGINE.speak(TEXT, VoiceSettings.NARRATOR).samples();
        assertTrue(centroid(VoiceShaper.shape(plain, 16000, new VocalTract(1, -4))) < 0.92 * centroid(plain));
        assertTrue(centroid(VoiceShaper.shape(plain, 16000, new VocalTract(1, 3))) > 1.06 * centroid(plain));
    }

    /**
     * The vocal tract raises the pitch FreeTTS gave by exactly its formant factor, so the pitch
     * heard is the one FreeTTS gives at the voice's pitch; and that sits where the voice's pitch
     * puts it relative to the narrator (FreeTTS's contour makes the measured mean a little lower
     * than its setting, by a share that varies with the pitch: hence 15 %).
     */
    @Test
    void eachVoiceSpeaksAtThePitchItsDefinitionSays() {
        double narrator = PitchMeter.meanHz(ENGINE.speak(TEXT, VoiceSettings.NARRATOR));
        for (DerivedVoice voice : VoiceCatalogue.VOICES) {
            VoiceSettings settings = voice.settings();
            double measured = PitchMeter.meanHz(ENGINE.speak(TEXT, settings));
            double expected = narrator * settings.pitchHz() / VoiceSettings.NARRATOR.pitchHz();
            assertEquals(expected, measured, 0.15 * expected, voice.name());
            double formants = settings.tract().formants();
            if (formants != 1) {
                VoiceSettings unshaped = settings.with(VocalTract.NONE)
                        .with(VoiceParameter.PITCH, (float) (settings.pitchHz() / formants))
                        .with(VoiceParameter.PITCH_RANGE, (float) (settings.pitchRangeHz() / formants));
                double before = PitchMeter.meanHz(ENGINE.speak(TEXT, unshaped));
                assertEquals(formants, measured / before, 0.04 * formants, voice.name() + ": pitch raised by the tract");
            }
        }
    }

    @Test
    void shapingIsDeterministic() {
        VoiceSettings woman = VoiceCatalogue.find("woman").orElseThrow().settings();
        assertArrayEquals(ENGINE.speak(TEXT, woman).samples(), ENGINE.speak(TEXT, woman).samples());
    }

    @Test
    void theEnginesOwnTractLeavesKeysAndSamplesAsBefore() {
        assertEquals("kevin16/150.0/100.0/11.0/1.0", VoiceSettings.NARRATOR.key());
        float[] x = {0.1f, 0.2f};
        assertTrue(x == VoiceShaper.shape(x, 16000, VocalTract.NONE));
    }

    /** Mean spectral centroid of the louder 32 ms frames. */
    static double centroid(float[] x) {
        int n = 512;
        FFT fft = new FFT(n, new HannWindow());
        float[] frame = new float[n];
        float[] amplitudes = new float[n / 2];
        double weighted = 0;
        double total = 0;
        for (int start = 0; start + n <= x.length; start += n) {
            double energy = 0;
            for (int i = 0; i < n; i++) {
                energy += x[start + i] * x[start + i];
            }
            if (energy / n < 1e-4) {
                continue;
            }
            System.arraycopy(x, start, frame, 0, n);
            fft.forwardTransform(frame);
            fft.modulus(frame, amplitudes);
            for (int k = 1; k < n / 2; k++) {
                double power = amplitudes[k] * amplitudes[k];
                weighted += power * k * 16000.0 / n;
                total += power;
            }
        }
        return weighted / total;
    }
}
