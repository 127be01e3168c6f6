package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SilenceTrimmerTest {

    private static final int RATE = 16000;

    private static float[] toneBetweenSilences(int leadMs, int toneMs, int tailMs) {
        float[] x = new float[(leadMs + toneMs + tailMs) * RATE / 1000];
        int from = leadMs * RATE / 1000;
        for (int i = 0; i < toneMs * RATE / 1000; i++) {
            x[from + i] = (float) (0.5 * Math.sin(2 * Math.PI * 220 * i / RATE + 0.3));
        }
        return x;
    }

    @Test
    void removesTheEngineSilenceAndKeepsATenMillisecondMargin() {
        float[] trimmed = SilenceTrimmer.trim(toneBetweenSilences(300, 500, 450), RATE);
        // 500 ms of tone and 10 ms of margin each side; the tone's first/last samples may fall under the threshold.
        assertEquals(520 * RATE / 1000, trimmed.length, 0.002 * RATE);
    }

    @Test
    void edgesAreFadedToSilenceSoJoinsCannotClick() {
        float[] trimmed = SilenceTrimmer.trim(toneBetweenSilences(0, 400, 0), RATE);
        assertEquals(0f, trimmed[0]);
        assertEquals(0f, trimmed[trimmed.length - 1]);
        float maxStep = 0;
        for (int i = 1; i < trimmed.length; i++) {
            maxStep = Math.max(maxStep, Math.abs(trimmed[i] - trimmed[i - 1]));
        }
        // The tone's own step is 0.5 * 2*pi*220/16000 = 0.043; a cut without a fade jumps up to 0.5.
        assertTrue(maxStep < 0.05, "largest step " + maxStep);
    }

    @Test
    void silenceGivesATenthOfASecondOfSilenceSoTheSegmentKeepsACaption() {
        float[] trimmed = SilenceTrimmer.trim(new float[8000], RATE);
        assertEquals(RATE / 10, trimmed.length);
        for (float s : trimmed) {
            assertEquals(0f, s);
        }
    }
}
