package audiobook.soundscape;

import audiobook.audio.Biquad;

/**
 * Puts the summed bed behind the narrator, whose voice stays dry and close: the diffuse field's
 * bass made coherent ({@link DiffuseField}), the direct sources added, then a high shelf (-5 dB,
 * corner 3 kHz: -3.6 dB at 4 kHz, -4.8 dB at 8 kHz: distance takes the air's highs) and a short
 * early-reflection reverb ({@link EarlyReflections}).
 */
final class BedPlacement {

    private static final double SHELF_HZ = 3000;
    private static final double SHELF_DB = -5;

    private final DiffuseField field;
    private final Biquad shelfLeft;
    private final Biquad shelfRight;
    private final EarlyReflections reflections;

    BedPlacement(int sampleRate, int blockFrames) {
        field = new DiffuseField(sampleRate);
        shelfLeft = Biquad.highShelf(SHELF_HZ, SHELF_DB, sampleRate);
        shelfRight = shelfLeft.copy();
        reflections = new EarlyReflections(sampleRate, blockFrames);
    }

    /** Writes the placed bed of {@code bus} into {@code left} and {@code right}. */
    void place(Bus bus, float[] left, float[] right, int frames) {
        field.process(bus.fieldLeft, bus.fieldRight, bus.directLeft, bus.directRight, shelfLeft, shelfRight, left,
                right, frames);
        reflections.process(left, right, frames);
    }
}
