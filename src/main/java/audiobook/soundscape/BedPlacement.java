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
    private final Biquad[] shelfLeft;
    private final Biquad[] shelfRight;
    private final EarlyReflections reflections;

    BedPlacement(int sampleRate, int blockFrames) {
        field = new DiffuseField(sampleRate, blockFrames);
        shelfLeft = new Biquad[] {Biquad.highShelf(SHELF_HZ, SHELF_DB, sampleRate)};
        shelfRight = Biquad.copies(shelfLeft);
        reflections = new EarlyReflections(sampleRate, blockFrames);
    }

    /** Writes the placed bed of {@code bus} into {@code left} and {@code right} (the bus's field is used up). */
    void place(Bus bus, float[] left, float[] right, int frames) {
        field.process(bus.fieldLeft, bus.fieldRight, frames);
        for (int i = 0; i < frames; i++) {
            left[i] = bus.fieldLeft[i] + bus.directLeft[i];
            right[i] = bus.fieldRight[i] + bus.directRight[i];
        }
        Biquad.cascade(left, right, frames, shelfLeft, shelfRight);
        reflections.process(left, right, frames);
    }
}
