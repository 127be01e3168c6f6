package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WsolaTest {

    private static final int RATE = 44100;

    /** A voice-like buzz: harmonics of a fundamental gliding from 110 to 150 Hz, under an envelope. */
    static float[] buzz(int frames, int channels, int channel) {
        float[] x = new float[frames];
        double phase = 0;
        for (int i = 0; i < frames; i++) {
            double f0 = 110 + 40.0 * i / frames;
            phase += 2 * Math.PI * f0 / RATE;
            double s = 0;
            for (int h = 1; h <= 8; h++) {
                s += Math.sin(h * phase + channel) / h;
            }
            x[i] = (float) (0.3 * s * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * i / RATE)));
        }
        return x;
    }

    @Test
    void streamingInRaggedBlocksGivesWhatTheWholeClipGives() {
        float[] clip = buzz(RATE * 2 + 123, 1, 0);
        for (double stretch : new double[] {0.5, 0.8, 1.3, 2.0}) {
            float[] whole = Wsola.stretch(clip, RATE, stretch);
            assertEquals(Math.round(clip.length * stretch), whole.length);
            Wsola wsola = new Wsola(RATE, 1, stretch);
            float[][] out = new float[1][777];
            float[] streamed = new float[whole.length];
            int got = 0;
            SplittableRandom random = new SplittableRandom(7);
            for (int at = 0; at < clip.length; ) {
                int n = Math.min(clip.length - at, 1 + random.nextInt(3000));
                wsola.put(new float[][] {java.util.Arrays.copyOfRange(clip, at, at + n)}, n);
                at += n;
                for (int m; (m = wsola.take(out, out[0].length)) > 0; got += m) {
                    System.arraycopy(out[0], 0, streamed, got, m);
                }
            }
            wsola.finish();
            for (int m; (m = wsola.take(out, out[0].length)) > 0; got += m) {
                System.arraycopy(out[0], 0, streamed, got, m);
            }
            assertEquals(whole.length, got, "stretch " + stretch);
            assertArrayEquals(whole, streamed, "stretch " + stretch);
        }
    }

    @Test
    void keepsThePitchWhileChangingTheDuration() {
        float[] clip = buzz(RATE * 3, 1, 0);
        float[] faster = Wsola.stretch(clip, RATE, 0.8);
        double before = PitchMeter.medianHz(new SpeechClip(clip, RATE));
        double after = PitchMeter.medianHz(new SpeechClip(faster, RATE));
        assertEquals(before, after, before * 0.01, "median pitch " + before + " Hz before, " + after + " Hz after");
    }
}
