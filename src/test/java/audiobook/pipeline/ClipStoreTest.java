package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipStoreTest {

    @TempDir
    Path dir;

    @Test
    void givesBackEveryClipAsStoredRepeatsIncludedAndLeavesNoFile() throws IOException {
        HeldClip first = new HeldClip(new short[] {1, -2, 3, Short.MAX_VALUE, Short.MIN_VALUE}, 16000);
        HeldClip second = new HeldClip(new short[70_000], 8000);
        second.pcm()[69_999] = 42;
        try (ClipStore store = ClipStore.in(dir)) {
            store.add(first);
            store.add(second);
            store.repeat(0);
            assertEquals(3, store.size());
            assertArrayEquals(first.pcm(), store.get(2).pcm());
            assertArrayEquals(second.pcm(), store.get(1).pcm());
            assertArrayEquals(first.pcm(), store.get(0).pcm());
            assertEquals(70_000, store.length(1));
            assertEquals(8000, store.sampleRate(1));
            assertEquals(16000, store.sampleRate(2));
        }
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the store's file is deleted when it is closed");
        }
    }
}
