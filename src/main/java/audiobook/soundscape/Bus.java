package audiobook.soundscape;

import java.util.Arrays;

/**
 * Where a layer adds its block: the diffuse field (noise that fills the space around the
 * listener, drawn independently for left and right; the bed makes its bass coherent, as a
 * spaced pair hears a diffuse field) and the direct sound (sources that each come from one
 * place, already panned: a gust, a drop, a crest, a strike).
 */
final class Bus {

    final float[] fieldLeft;
    final float[] fieldRight;
    final float[] directLeft;
    final float[] directRight;

    Bus(int frames) {
        fieldLeft = new float[frames];
        fieldRight = new float[frames];
        directLeft = new float[frames];
        directRight = new float[frames];
    }

    void clear() {
        Arrays.fill(fieldLeft, 0f);
        Arrays.fill(fieldRight, 0f);
        Arrays.fill(directLeft, 0f);
        Arrays.fill(directRight, 0f);
    }

    /** Adds this bus, scaled, into {@code target}. */
    void addTo(Bus target, double gain, int frames) {
        float g = (float) gain;
        for (int i = 0; i < frames; i++) {
            target.fieldLeft[i] += g * fieldLeft[i];
            target.fieldRight[i] += g * fieldRight[i];
            target.directLeft[i] += g * directLeft[i];
            target.directRight[i] += g * directRight[i];
        }
    }
}
