package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DryMasterTest {

    private static final int RATE = 44100;

    /** Speech-like bursts: noise shaped by a 4 Hz syllable envelope, peaks well above the RMS. */
    private static Narration narration(double level) {
        SplittableRandom random = new SplittableRandom(3);
        float[] clip = new float[3 * RATE];
        for (int i = 0; i < clip.length; i++) {
            double syllable = Math.pow(Math.abs(Math.sin(Math.PI * 4 * i / RATE)), 2);
            clip[i] = (float) (level * syllable * (2 * random.nextDouble() - 1));
        }
        return new NarrationAssembler(RATE, 0.9, 3).assemble(List.of(clip, clip, clip), new int[] {350, 800, 0});
    }

    @Test
    void meetsAcxLevelsWhateverTheInputLevel() {
        for (double level : new double[] {0.05, 0.3, 0.9}) {
            Master dry = DryMaster.master(narration(level), 1);
            assertEquals(1, dry.channels().length, "mono");
            assertTrue(DeliveryProfile.DRY.failures(dry.loudness()).isEmpty(),
                    level + ": " + DeliveryProfile.DRY.failures(dry.loudness()));
            assertEquals(-20, dry.loudness().rmsDbfs(), 1.0);
        }
    }

    @Test
    void pausesCarryRoomToneNotDigitalSilence() {
        Master dry = DryMaster.master(narration(0.3), 1);
        float[] head = java.util.Arrays.copyOfRange(dry.channels()[0], 0, RATE / 2);
        double rms = audiobook.testing.Signals.rmsDb(head);
        assertTrue(rms < -60 && rms > -75, "room tone " + rms);
    }

    @Test
    void theImmersiveProfileFlagsLoudnessAndPeakMisses() {
        LoudnessReport loud = new LoudnessReport(-16, -18, -0.5, -0.6, -50, 10, 3);
        assertEquals(2, DeliveryProfile.IMMERSIVE.failures(loud).size());
        assertEquals(1, DeliveryProfile.DRY.failures(new LoudnessReport(-20, -20, -4, -4,
                Double.NEGATIVE_INFINITY, 10, 3)).size());
    }
}
