package audiobook.mix;

import audiobook.audio.Decibels;
import audiobook.audio.Timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DuckerTest {

    private static final int RATE = 44100;
    private static final Ducker STANDARD = Ducker.standard();

    /** The bed's level after a depth, for a bed with the given share in the speech bands (the EQ's own estimate). */
    private static double reductionDb(Ducker.Depth d, double bandShare) {
        double h = Decibels.toLinear(-d.bandDb());
        return d.broadbandDb() - Decibels.fromPower((1 - bandShare) + bandShare * h * h);
    }

    @Test
    void aLoudBedIsTakenToItsTargetUnderTheVoiceCutInTheSpeechBandsFirst() {
        double voice = Decibels.powerFromDb(-20);
        // 13 dB under the voice in a storm: 6 dB to take away to sit 19 dB under.
        Ducker.Depth storm = STANDARD.depth(voice, Decibels.powerFromDb(-33), 0.5, 1);
        assertEquals(6, reductionDb(storm, 0.5), 0.01);
        assertEquals(12, storm.bandDb(), 1e-9, "the speech bands cut as far as they go");
        assertTrue(storm.broadbandDb() > 0 && storm.broadbandDb() < 6, "the rest from the whole bed: " + storm);
        // A small excess comes out of the speech bands alone: the lows and highs stay.
        Ducker.Depth slight = STANDARD.depth(voice, Decibels.powerFromDb(-38), 0.6, 1);
        assertEquals(0, slight.broadbandDb(), 1e-9);
        assertEquals(1, reductionDb(slight, 0.6), 0.01);
    }

    @Test
    void theDuckIsNoDeeperThanEightDecibelsAndACalmBedFarUnderIsLeftAlone() {
        double voice = Decibels.powerFromDb(-20);
        assertEquals(8, reductionDb(STANDARD.depth(voice, Decibels.powerFromDb(-22), 0.4, 1), 0.4), 0.01);
        assertEquals(Ducker.Depth.NONE, STANDARD.depth(voice, Decibels.powerFromDb(-46), 0.4, 0));
        // A bed 20 dB under: enough in a storm, 2 dB too close in a calm scene.
        assertEquals(Ducker.Depth.NONE, STANDARD.depth(voice, Decibels.powerFromDb(-40), 0.4, 1));
        assertEquals(2, reductionDb(STANDARD.depth(voice, Decibels.powerFromDb(-40), 0.4, 0), 0.4), 0.01);
        assertEquals(Ducker.Depth.NONE, Ducker.none().depth(voice, voice, 0.4, 1));
    }

    @Test
    void theAccessibleMixKeepsTheBedTwentyDecibelsUnderEverywhere() {
        double voice = Decibels.powerFromDb(-20);
        for (double activity : new double[] {0, 0.5, 1}) {
            for (double bed = -45; bed <= -26; bed += 1) {
                Ducker.Depth d = Ducker.accessible().depth(voice, Decibels.powerFromDb(bed), 0.4, activity);
                double under = -20 - (bed - reductionDb(d, 0.4));
                assertTrue(under >= 20 - 1e-9, "bed " + bed + " at activity " + activity + ": " + under + " dB under");
            }
        }
    }

    @Test
    void theBedComesBackWithinTwoDecibelsOfItsLevelInAParagraphPause() {
        Timeline timeline = new Timeline(RATE, 6 * RATE, new long[] {RATE, 4 * RATE}, new long[] {2 * RATE, 5 * RATE});
        Ducker.Envelope envelope = STANDARD.envelope(timeline,
                new Ducker.Depth[] {new Ducker.Depth(6, 12), new Ducker.Depth(6, 12)});
        float[] broadband = new float[6 * RATE];
        float[] band = new float[6 * RATE];
        envelope.next(broadband, band, broadband.length);
        assertEquals(-6, Decibels.fromLinear(broadband[RATE + RATE / 2]), 0.1, "ducked while speaking");
        assertEquals(-12, Decibels.fromLinear(band[RATE + RATE / 2]), 0.1);
        assertEquals(0, Decibels.fromLinear(broadband[RATE / 2]), 0.01, "the lead-in before the first word");
        // Speech ends at 2 s: 0.45 s later (hold and release) the bed is within 2 dB of its level.
        int soon = 2 * RATE + (int) (0.45 * RATE);
        assertTrue(Decibels.fromLinear(broadband[soon]) > -2, "" + Decibels.fromLinear(broadband[soon]));
        assertTrue(Decibels.fromLinear(band[soon]) > -4, "" + Decibels.fromLinear(band[soon]));
        assertTrue(Decibels.fromLinear(broadband[4 * RATE - RATE / 5]) > -0.5, "up before the next sentence's lead");
        for (int i = 1; i < broadband.length; i++) {
            assertTrue(Math.abs(broadband[i] - broadband[i - 1]) < 2e-3, "no step at " + i);
        }
    }
}
