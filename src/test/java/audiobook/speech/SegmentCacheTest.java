package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCacheTest {

    @TempDir
    Path dir;

    private static final VoiceSettings VOICE = VoiceSettings.NARRATOR;

    private static SpeechClip clip(int length, float seed) {
        float[] x = new float[length];
        for (int i = 0; i < length; i++) {
            x[i] = (float) Math.sin(seed * i) * 0.3f;
        }
        return new SpeechClip(x, 16000);
    }

    @Test
    void aStoredClipComesBackBitForBit() {
        SegmentCache cache = SegmentCache.at(dir);
        String key = SegmentCache.key("engine", VOICE, "Hello.");
        assertTrue(cache.find(key).isEmpty());
        SpeechClip stored = clip(4000, 0.01f);
        cache.store(key, stored);
        SpeechClip found = SegmentCache.at(dir).find(key).orElseThrow();
        assertArrayEquals(stored.samples(), found.samples());
        assertEquals(16000, found.sampleRate());
        assertEquals(0, cache.corruptEntries());
    }

    @Test
    void theKeyChangesWithEngineEveryVoiceSettingAndTheText() {
        String key = SegmentCache.key("engine", VOICE, "Hello.");
        assertEquals(64, key.length());
        assertEquals(key, SegmentCache.key("engine", VOICE, "Hello."));
        List<String> others = List.of(
                SegmentCache.key("engine-2", VOICE, "Hello."),
                SegmentCache.key("engine", VOICE, "Hello!"),
                SegmentCache.key("engine", VOICE.withVoice("kevin"), "Hello."),
                SegmentCache.key("engine", VOICE.with(VoiceParameter.RATE, VOICE.rateWpm() + 1), "Hello."),
                SegmentCache.key("engine", VOICE.with(VoiceParameter.PITCH, VOICE.pitchHz() + 0.5f), "Hello."),
                SegmentCache.key("engine", VOICE.with(VoiceParameter.PITCH_RANGE, 12.5f), "Hello."),
                SegmentCache.key("engine", VOICE.with(VoiceParameter.VOLUME, 0.9f), "Hello."));
        assertEquals(others.size(), others.stream().distinct().count());
        others.forEach(other -> assertNotEquals(key, other));
    }

    @Test
    void aDamagedEntryIsNeverReturnedAndIsRepairedByTheNextStore() throws IOException {
        SegmentCache cache = SegmentCache.at(dir);
        String key = SegmentCache.key("engine", VOICE, "Hello.");
        SpeechClip stored = clip(4000, 0.02f);
        cache.store(key, stored);
        Path file = cache.file(key);
        byte[] bytes = Files.readAllBytes(file);
        bytes[100] ^= 0x10;   // one bit of one sample
        Files.write(file, bytes);
        assertTrue(cache.find(key).isEmpty());
        assertEquals(1, cache.corruptEntries());

        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));   // torn write
        assertTrue(cache.find(key).isEmpty());
        Files.write(file, new byte[0]);
        assertTrue(cache.find(key).isEmpty());
        assertEquals(3, cache.corruptEntries());

        cache.store(key, stored);
        assertArrayEquals(stored.samples(), cache.find(key).orElseThrow().samples());
    }

    @Test
    void anEntryFiledUnderAnotherKeyIsRefused() throws IOException {
        SegmentCache cache = SegmentCache.at(dir);
        String hello = SegmentCache.key("engine", VOICE, "Hello.");
        String bye = SegmentCache.key("engine", VOICE, "Goodbye.");
        cache.store(hello, clip(1000, 0.03f));
        Files.createDirectories(cache.file(bye).getParent());
        Files.copy(cache.file(hello), cache.file(bye));
        assertTrue(cache.find(bye).isEmpty());
    }

    @Test
    void noCacheKeepsNothing() throws IOException {
        String key = SegmentCache.key("engine", VOICE, "Hello.");
        SegmentCache.NONE.store(key, clip(1000, 0.04f));
        assertTrue(SegmentCache.NONE.find(key).isEmpty());
        assertFalse(SegmentCache.NONE.enabled());
    }

    @Test
    void aCacheThatCannotBeWrittenIsAnEnvironmentErrorNamingIt() throws IOException {
        Path blocked = dir.resolve("file-not-folder");
        Files.writeString(blocked, "x");
        AudiobookException e = assertThrows(AudiobookException.class,
                () -> SegmentCache.at(blocked).store(SegmentCache.key("e", VOICE, "t"), clip(10, 0.1f)));
        assertEquals(AudiobookException.Kind.ENVIRONMENT, e.kind());
        assertTrue(e.getMessage().contains(blocked.toString()) && e.getMessage().contains("--no-cache"), e.getMessage());
    }

    @Test
    void openingRemovesTheTemporaryFilesOfDeadWritersButNotOfLiveOnes() throws Exception {
        Process finished = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
        finished.getInputStream().readAllBytes();
        finished.waitFor();
        Path sub = Files.createDirectories(dir.resolve("ab"));
        Path dead = Files.writeString(sub.resolve(".ab12cd34-" + finished.pid() + "-123456.part"), "torn");
        Path live = Files.writeString(sub.resolve(".ab12cd34-" + ProcessHandle.current().pid() + "-654321.part"), "busy");
        Path entry = Files.writeString(sub.resolve("ab12cd34.clip"), "not ours to judge here");
        SegmentCache.at(dir);
        assertFalse(Files.exists(dead), "a killed writer's file");
        assertTrue(Files.exists(live), "a running writer's file");
        assertTrue(Files.exists(entry));
    }

    /** Two builds sharing a cache: writers of the same entries race, readers see whole entries or none. */
    @Test
    void concurrentWritersAndReadersOfTheSameEntriesNeverSeeHalfAnEntry() throws Exception {
        SegmentCache first = SegmentCache.at(dir);
        SegmentCache second = SegmentCache.at(dir);
        List<String> keys = new ArrayList<>();
        List<SpeechClip> clips = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            keys.add(SegmentCache.key("engine", VOICE, "sentence " + k));
            clips.add(clip(20000 + 1000 * k, 0.001f * (k + 1)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                SegmentCache cache = t % 2 == 0 ? first : second;
                boolean writer = t < 4;
                tasks.add(pool.submit(() -> {
                    int seen = 0;
                    for (int round = 0; round < 30; round++) {
                        for (int k = 0; k < keys.size(); k++) {
                            if (writer) {
                                cache.store(keys.get(k), clips.get(k));
                            }
                            Optional<SpeechClip> found = cache.find(keys.get(k));
                            if (found.isPresent()) {
                                assertArrayEquals(clips.get(k).samples(), found.get().samples());
                                seen++;
                            }
                        }
                    }
                    return seen;
                }));
            }
            int seen = 0;
            for (Future<Integer> task : tasks) {
                seen += task.get();
            }
            assertTrue(seen > 0);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, first.corruptEntries() + second.corruptEntries());
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".part")).count(), "temporary files left");
        }
    }
}
