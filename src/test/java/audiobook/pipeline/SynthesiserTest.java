package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.ChapterPlan;
import audiobook.plan.PauseKind;
import audiobook.plan.SceneCue;
import audiobook.plan.Segment;
import audiobook.plan.VoiceRole;
import audiobook.speech.Cast;
import audiobook.speech.FreeTtsEngine;
import audiobook.speech.SegmentCache;
import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceDescription;
import audiobook.speech.VoiceSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthesiserTest {

    @TempDir
    Path dir;

    static ChapterPlan chapter(String title, String... sentences) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(0, title, title, VoiceRole.NARRATOR, PauseKind.TITLE, 1200, SceneCue.NONE));
        for (String s : sentences) {
            VoiceRole role = s.startsWith("\"") ? VoiceRole.DIALOGUE : VoiceRole.NARRATOR;
            segments.add(new Segment(segments.size(), s, s, role, PauseKind.SENTENCE, 350, SceneCue.NONE));
        }
        return new ChapterPlan(1, title, segments);
    }

    private static final ChapterPlan CHAPTER = chapter("Chapter One", "The lamp burned all night.",
            "\"Hold the rail,\" she said.", "The sea lay calm.", "Gulls wheeled over the rock.",
            "\"Is anyone there?\"", "Nobody answered.", "She waited.", "Morning came slowly.");

    /** Records who was asked to say what, and answers with a short clip derived from both. */
    static final class RecordingEngine implements SpeechEngine {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public String id() {
            return "recording";
        }

        @Override
        public List<VoiceDescription> voices() {
            return List.of(new VoiceDescription("kevin16", 16000, "test"));
        }

        @Override
        public SpeechClip speak(String text, VoiceSettings voice) {
            calls.add(voice.pitchHz() + "|" + text);
            float[] x = new float[100 + text.length()];
            x[1] = voice.pitchHz() / 1000f;
            return new SpeechClip(x, 16000);
        }
    }

    /** A store in the test's folder; the folder is removed with everything in it afterwards. */
    private ClipStore store() {
        try {
            return ClipStore.in(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<HeldClip> speak(SpeechEngine engine, int jobs, SegmentCache cache, ChapterPlan chapter) throws IOException {
        ChapterOrderExecutor pool = new ChapterOrderExecutor(jobs);
        try {
            ClipStore clips = new Synthesiser(engine, Cast.DEFAULT, cache, pool).speak(chapter, store()).clips();
            return java.util.stream.IntStream.range(0, clips.size()).mapToObj(clips::get).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneAndFourWorkersGiveByteIdenticalClips() throws IOException {
        FreeTtsEngine engine = new FreeTtsEngine();
        List<HeldClip> one = speak(engine, 1, SegmentCache.NONE, CHAPTER);
        List<HeldClip> four = speak(engine, 4, SegmentCache.NONE, CHAPTER);
        assertEquals(CHAPTER.segments().size(), four.size());
        for (int i = 0; i < one.size(); i++) {
            assertTrue(one.get(i).samples().length > 1000, "segment " + i + " is speech");
            assertArrayEquals(one.get(i).samples(), four.get(i).samples(), "segment " + i);
        }
    }

    /** The chapter with its quotations cast: the first to a woman, the second to an older man. */
    private static ChapterPlan cast(ChapterPlan chapter) {
        List<Segment> segments = new ArrayList<>(chapter.segments());
        segments.set(2, segments.get(2).withSpeaker("Mara").withVoice("woman"));
        segments.set(5, segments.get(5).withSpeaker("Hale").withVoice("older-man"));
        return new ChapterPlan(chapter.number(), chapter.title(), segments);
    }

    @Test
    void derivedVoicesAreByteIdenticalWhateverTheNumberOfWorkers() throws IOException {
        ChapterPlan chapter = cast(CHAPTER);
        FreeTtsEngine engine = new FreeTtsEngine();
        List<HeldClip> one = speak(engine, 1, SegmentCache.NONE, chapter);
        List<HeldClip> three = speak(engine, 3, SegmentCache.NONE, chapter);
        for (int i = 0; i < one.size(); i++) {
            assertArrayEquals(one.get(i).samples(), three.get(i).samples(), "segment " + i);
        }
    }

    @Test
    void aSegmentsVoiceIsPartOfItsCacheKey() {
        Synthesiser synthesiser = new Synthesiser(new RecordingEngine(), Cast.DEFAULT, SegmentCache.NONE,
                new ChapterOrderExecutor(1));
        Segment plain = CHAPTER.segments().get(2);
        String key = synthesiser.key(plain);
        assertTrue(!key.equals(synthesiser.key(plain.withSpeaker("Mara").withVoice("woman"))));
        assertTrue(!synthesiser.key(plain.withVoice("woman")).equals(synthesiser.key(plain.withVoice("child"))));
        // Who speaks does not matter by itself: only the voice they are read in.
        assertEquals(key, synthesiser.key(plain.withSpeaker("Mara")));
    }

    @Test
    void titlesAndNarrationTakeTheNarratorAndQuotedSpeechTheDialogueVoice() throws IOException {
        RecordingEngine engine = new RecordingEngine();
        speak(engine, 2, SegmentCache.NONE, CHAPTER);
        float narrator = Cast.DEFAULT.narrator().pitchHz();
        float dialogue = Cast.DEFAULT.dialogue().pitchHz();
        assertTrue(engine.calls.contains(narrator + "|Chapter One"), engine.calls.toString());
        assertTrue(engine.calls.contains(narrator + "|The sea lay calm."));
        assertTrue(engine.calls.contains(dialogue + "|\"Hold the rail,\" she said."));
        assertTrue(engine.calls.contains(dialogue + "|\"Is anyone there?\""));
        assertEquals(CHAPTER.segments().size(), engine.calls.size());
    }

    @Test
    void aWarmCacheSynthesisesNothingAndGivesTheSameClips() throws IOException {
        RecordingEngine engine = new RecordingEngine();
        SegmentCache cache = SegmentCache.at(dir);
        ChapterOrderExecutor pool = new ChapterOrderExecutor(2);
        try {
            Synthesiser synthesiser = new Synthesiser(engine, Cast.DEFAULT, cache, pool);
            ChapterSpeech cold = synthesiser.speak(CHAPTER, store());
            assertEquals(CHAPTER.segments().size(), cold.synthesised());
            assertEquals(0, cold.reused());
            ChapterSpeech warm = synthesiser.speak(CHAPTER, store());
            assertEquals(0, warm.synthesised());
            assertEquals(CHAPTER.segments().size(), warm.reused());
            assertEquals(CHAPTER.segments().size(), engine.calls.size());
            for (int i = 0; i < cold.clips().size(); i++) {
                assertArrayEquals(cold.clips().get(i).samples(), warm.clips().get(i).samples());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorruptEntryIsSynthesisedAgainNotPlayed() throws IOException {
        RecordingEngine engine = new RecordingEngine();
        SegmentCache cache = SegmentCache.at(dir);
        ChapterOrderExecutor pool = new ChapterOrderExecutor(2);
        try {
            Synthesiser synthesiser = new Synthesiser(engine, Cast.DEFAULT, cache, pool);
            ClipStore fresh = synthesiser.speak(CHAPTER, store()).clips();
            Path entry = entryOf(synthesiser.key(CHAPTER.segments().get(3)));
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length / 2] ^= 0x40;
            Files.write(entry, bytes);
            engine.calls.clear();

            ChapterSpeech again = synthesiser.speak(CHAPTER, store());
            assertEquals(1, again.synthesised());
            assertEquals(List.of(Cast.DEFAULT.narrator().pitchHz() + "|The sea lay calm."), engine.calls);
            assertEquals(1, cache.corruptEntries());
            for (int i = 0; i < fresh.size(); i++) {
                assertArrayEquals(fresh.get(i).samples(), again.clips().get(i).samples());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSentenceSpokenTwiceInAChapterIsSynthesisedOnce() throws IOException {
        RecordingEngine engine = new RecordingEngine();
        ChapterPlan repeated = chapter("Echo", "She waited.", "Nothing.", "She waited.", "She waited.");
        ChapterOrderExecutor pool = new ChapterOrderExecutor(3);
        try {
            ChapterSpeech speech = new Synthesiser(engine, Cast.DEFAULT, SegmentCache.NONE, pool).speak(repeated, store());
            assertEquals(3, speech.synthesised());
            assertEquals(2, speech.reused());
            assertEquals(5, speech.clips().size());
        } finally {
            pool.shutdownNow();
        }
    }

    private Path entryOf(String key) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals(key + ".clip")).findFirst().orElseThrow();
        }
    }
}
