package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.testing.Signals;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChapterMixerTest {

    private static final int RATE = 44100;

    /** Three "sentences" of a 300 Hz tone, the last pause long enough for the bed to rise. */
    private static Narration narration() {
        float[] clip = new float[2 * RATE];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (float) (0.3 * Math.sin(2 * Math.PI * 300 * i / RATE));
        }
        return new NarrationAssembler(RATE, 0.9, 3).assemble(List.of(clip, clip, clip), new int[] {350, 2500, 0});
    }

    private static float[][] bed(int frames) {
        SplittableRandom random = new SplittableRandom(1);
        float[][] bed = new float[2][frames];
        for (float[] channel : bed) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (0.05 * (2 * random.nextDouble() - 1));
            }
        }
        return bed;
    }

    @Test
    void theBedIsDuckedWhileTheVoiceSpeaks() {
        Narration n = narration();
        ChapterMix mix = ChapterMixer.immersive().mix(n, bed(n.samples().length));
        float[] ambience = mix.ambience().channels()[0];
        double speaking = Signals.rmsDb(ambience, (int) n.starts()[1] + RATE / 4, (int) n.ends()[1]);
        double pause = Signals.rmsDb(ambience, (int) n.ends()[1] + RATE, (int) n.starts()[2] - RATE / 4);
        assertTrue(pause - speaking >= 8, "pause " + pause + " vs speech " + speaking);
    }

    @Test
    void theMasterMeetsItsLoudnessAndPeakTargets() {
        Narration n = narration();
        ChapterMix mix = ChapterMixer.immersive().mix(n, bed(n.samples().length));
        assertEquals(-18, mix.master().loudness().integratedLufs(), 0.5);
        assertTrue(mix.master().loudness().truePeakDbtp() <= -1.0, "true peak " + mix.master().loudness().truePeakDbtp());
    }

    @Test
    void theAmbienceFadesInAndOut() {
        Narration n = narration();
        float[] ambience = ChapterMixer.immersive().mix(n, bed(n.samples().length)).ambience().channels()[1];
        assertEquals(0, ambience[0], 1e-6);
        assertEquals(0, ambience[ambience.length - 1], 1e-6);
    }
}
