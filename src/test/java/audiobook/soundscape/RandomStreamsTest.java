package audiobook.soundscape;

import audiobook.audio.Timeline;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.SeedTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every random stream a chapter's bed draws, in every shipped soundscape at full intensity, has
 * its own seed, and no two are alike: over a minute of draws at the output rate none correlates
 * with another beyond |r| = 0.01 (independent streams give |r| about 0.0006), and none is
 * another shifted by a few draws (the trap of SplittableRandom seeds a multiple of its step apart).
 */
class RandomStreamsTest {

    private static final int RATE = 44100;

    @Test
    void noTwoRandomStreamsOfAChapterShareASeedOrAreAlike() {
        for (String name : SoundscapeLibrary.names()) {
            SoundscapeDefinition soundscape = SoundscapeLibrary.find(name);
            Map<String, Long> streams = new HashMap<>();
            SeedTree chapter = SeedTree.root(1).child("chapter/2").watched(node -> streams.put(node.path(), node.seed()));
            streams.put("chapter/2/room-tone", SeedTree.root(1).child("chapter/2/room-tone").seed());
            List<double[]> full = new ArrayList<>();
            for (int k = 0; k < soundscape.layers().size(); k++) {
                double[] one = new double[1];
                Arrays.fill(one, 1);
                full.add(one);
            }
            Timeline quiet = new Timeline(RATE, 60L * RATE, new long[] {0}, new long[] {0});
            new AmbienceRenderer(0).render(new SoundscapeScore.ChapterScore(2, soundscape, chapter, full), quiet);
            assertTrue(streams.size() >= 2 * soundscape.layers().size(), name + ": " + streams.keySet());
            assertEquals(streams.size(), new HashSet<>(streams.values()).size(), name + ": a seed shared in " + streams);
            assertIndependent(name, new ArrayList<>(streams.values()));
        }
    }

    private static void assertIndependent(String name, List<Long> seeds) {
        int n = seeds.size();
        SplittableRandom[] random = new SplittableRandom[n];
        Set<Long> firsts = new HashSet<>();
        for (int k = 0; k < n; k++) {
            random[k] = new SplittableRandom(seeds.get(k));
            firsts.add(new SplittableRandom(seeds.get(k)).nextLong());
        }
        int block = 4096;
        double[][] x = new double[n][block];
        double[][] products = new double[n][n];
        int shifted = 0;
        for (int done = 0; done < 60 * RATE; done += block) {
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < block; i++) {
                    long bits = random[k].nextLong();
                    // Another stream's first draw found in this one, past its own first: a shifted copy.
                    shifted += (done > 0 || i > 0) && firsts.contains(bits) ? 1 : 0;
                    x[k][i] = (bits >>> 11) * 0x1.0p-53 - 0.5;
                }
            }
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    double sum = 0;
                    for (int i = 0; i < block; i++) {
                        sum += x[a][i] * x[b][i];
                    }
                    products[a][b] += sum;
                }
            }
        }
        assertEquals(0, shifted, name + ": a stream is another shifted");
        double variance = 1.0 / 12 * 60 * RATE;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                double r = products[a][b] / variance;
                assertTrue(Math.abs(r) < 0.01, name + ": streams " + a + " and " + b + " correlate, r = " + r);
            }
        }
    }
}
