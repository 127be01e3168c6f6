package audiobook.mix;

import audiobook.audio.Block;
import audiobook.audio.Source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpooledBedTest {

    @TempDir
    Path dir;

    @Test
    void replaysExactlyWhatItRecordedWhateverTheBlockSizesAndCleansUp() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        Source source = block -> {
            for (int i = 0; i < block.frames(); i++) {
                block.channel(0)[i] = (float) random.nextDouble();
                block.channel(1)[i] = (float) -random.nextDouble();
            }
        };
        float[][] recorded = new float[2][30000];
        float[][] replayed = new float[2][30000];
        try (SpooledBed spool = new SpooledBed(source, dir)) {
            read(spool.recording(), recorded, 4096);
            read(spool.replay(), replayed, 1000);
        }
        assertArrayEquals(recorded[0], replayed[0]);
        assertArrayEquals(recorded[1], replayed[1]);
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "spool file deleted");
        }
    }

    private static void read(Source source, float[][] out, int block) throws IOException {
        Block buffer = Block.allocate(2, block);
        for (int pos = 0; pos < out[0].length; pos += block) {
            int n = Math.min(block, out[0].length - pos);
            source.next(buffer.first(n));
            System.arraycopy(buffer.channel(0), 0, out[0], pos, n);
            System.arraycopy(buffer.channel(1), 0, out[1], pos, n);
        }
    }
}
