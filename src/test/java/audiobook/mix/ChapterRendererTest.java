package audiobook.mix;

import audiobook.audio.Block;
import audiobook.audio.Sink;
import audiobook.audio.Source;
import audiobook.audio.Timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.testing.Signals;
import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ChapterRendererTest {

    private static final int RATE = 44100;

    /** Collects what a renderer writes. */
    static final class Capture implements Sink {
        final float[][] audio;
        int frames;

        Capture(int channels, long length) {
            audio = new float[channels][(int) length];
        }

        @Override
        public void write(Block block) {
            for (int c = 0; c < audio.length; c++) {
                System.arraycopy(block.channel(c), 0, audio[c], frames, block.frames());
            }
            frames += block.frames();
        }
    }

    /** Speech-like bursts: noise under a 4 Hz syllable envelope, at the given peak level. */
    private static float[] clip(double level, int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] clip = new float[2 * RATE];
        for (int i = 0; i < clip.length; i++) {
            double syllable = Math.pow(Math.abs(Math.sin(Math.PI * 4 * i / RATE)), 2);
            clip[i] = (float) (level * syllable * (2 * random.nextDouble() - 1));
        }
        return clip;
    }

    private static final Timeline TIMELINE = Timeline.layOut(RATE, new long[] {2 * RATE, 2 * RATE, 2 * RATE},
            new int[] {350, 2500, 0}, 0.9, 3);

    private static Supplier<NarrationTrack> voice(double level) {
        List<float[]> clips = List.of(clip(level, 1), clip(level, 2), clip(level, 3));
        return () -> new NarrationTrack(TIMELINE, clips::get);
    }

    private static Source noiseBed() {
        SplittableRandom random = new SplittableRandom(9);
        return block -> {
            for (int i = 0; i < block.frames(); i++) {
                block.channel(0)[i] = (float) (0.05 * (2 * random.nextDouble() - 1));
                block.channel(1)[i] = (float) (0.05 * (2 * random.nextDouble() - 1));
            }
        };
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path spool;

    private static List<Master> render(double level, Capture immersive, Capture dry, Capture bed) throws IOException {
        return new ChapterRenderer(Ducker.standard(), spool).render(TIMELINE, VoiceLevels.measure(TIMELINE, voice(level).get()),
                voice(level), noiseBed(), 7, new ChapterRenderer.Outputs(immersive, dry, null, bed));
    }

    @Test
    void theImmersiveMasterMeetsItsTargetsWhateverTheVoiceLevel() throws IOException {
        for (double level : new double[] {0.05, 0.4, 1.5}) {
            Capture immersive = new Capture(2, TIMELINE.frames());
            Master master = render(level, immersive, null, null).get(0);
            assertEquals(TIMELINE.frames(), immersive.frames);
            assertTrue(DeliveryProfile.IMMERSIVE.failures(master.loudness()).isEmpty(),
                    level + ": " + DeliveryProfile.IMMERSIVE.failures(master.loudness()));
            assertEquals(-18, LoudnessMeter.measure(immersive.audio, RATE).integratedLufs(), 0.3);
        }
    }

    @Test
    void theDryMasterMeetsAcxLevelsWithRoomToneInThePauses() throws IOException {
        for (double level : new double[] {0.05, 0.4, 1.5}) {
            Capture dry = new Capture(1, TIMELINE.frames());
            Master master = render(level, null, dry, null).get(0);
            assertEquals(DeliveryProfile.DRY, master.profile());
            assertTrue(DeliveryProfile.DRY.failures(master.loudness()).isEmpty(),
                    level + ": " + DeliveryProfile.DRY.failures(master.loudness()));
            double head = Signals.rmsDb(dry.audio[0], 0, RATE / 2);
            assertTrue(head < -60 && head > -75, "room tone " + head);
        }
    }

    @Test
    void theBedIsDuckedWhileTheVoiceSpeaksAndFadesAtBothEnds() throws IOException {
        Capture bed = new Capture(2, TIMELINE.frames());
        render(0.4, new Capture(2, TIMELINE.frames()), null, bed);
        float[] left = bed.audio[0];
        int speechFrom = (int) TIMELINE.starts()[1] + RATE / 4;
        double speaking = Signals.rmsDb(left, speechFrom, (int) TIMELINE.ends()[1]);
        double pause = Signals.rmsDb(left, (int) TIMELINE.ends()[1] + RATE, (int) TIMELINE.starts()[2] - RATE / 4);
        // A loud bed (about 10 dB under the voice) is ducked by the most the standard mix allows, 8 dB.
        assertEquals(8, pause - speaking, 0.6, "pause " + pause + " vs speech " + speaking);
        assertEquals(0, left[0], 1e-6);
        assertEquals(0, left[left.length - 1], 1e-6);
    }

    @Test
    void bothMastersInOnePassAreTheSameAsEachAlone() throws IOException {
        Capture immersiveA = new Capture(2, TIMELINE.frames());
        Capture dryA = new Capture(1, TIMELINE.frames());
        render(0.4, immersiveA, dryA, null);
        Capture immersiveB = new Capture(2, TIMELINE.frames());
        render(0.4, immersiveB, null, null);
        Capture dryB = new Capture(1, TIMELINE.frames());
        render(0.4, null, dryB, null);
        assertTrue(java.util.Arrays.equals(immersiveA.audio[1], immersiveB.audio[1]));
        assertTrue(java.util.Arrays.equals(dryA.audio[0], dryB.audio[0]));
    }

    @Test
    void layOutPlacesClipsAfterTheLeadInWithThePausesBetween() {
        assertEquals(Math.round(0.9 * RATE), TIMELINE.starts()[0]);
        assertEquals(TIMELINE.ends()[0] + Math.round(0.35 * RATE), TIMELINE.starts()[1]);
        assertEquals(TIMELINE.ends()[2] + 3 * RATE, TIMELINE.frames());
    }
}
