package audiobook.mix;

import audiobook.audio.Timeline;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrationTrackTest {

    @Test
    void readsTheSameWhateverTheBlockSizeAndFetchesEachClipOnce() {
        Timeline t = new Timeline(100, 60, new long[] {5, 20, 21}, new long[] {15, 21, 40});
        List<Integer> fetched = new ArrayList<>();
        float[] whole = read(t, 60, fetched);
        assertEquals(List.of(0, 1, 2), fetched);
        for (int block : new int[] {1, 3, 7, 16}) {
            assertArrayEquals(whole, read(t, block, new ArrayList<>()), "block " + block);
        }
        assertEquals(0, whole[4]);
        assertEquals(1, whole[5]);
        assertEquals(2, whole[20]);
        assertEquals(3, whole[39]);
        assertEquals(0, whole[40]);
    }

    private static float[] read(Timeline t, int block, List<Integer> fetched) {
        NarrationTrack track = new NarrationTrack(t, i -> {
            fetched.add(i);
            float[] clip = new float[(int) (t.ends()[i] - t.starts()[i])];
            java.util.Arrays.fill(clip, i + 1);
            return clip;
        });
        float[] out = new float[(int) t.frames()];
        float[] buffer = new float[block];
        for (int pos = 0; pos < out.length; pos += block) {
            int n = Math.min(block, out.length - pos);
            track.next(buffer, n);
            System.arraycopy(buffer, 0, out, pos, n);
        }
        return out;
    }
}
