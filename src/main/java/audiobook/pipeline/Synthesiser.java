package audiobook.pipeline;

import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import audiobook.speech.Cast;
import audiobook.speech.SegmentCache;
import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Speaks a chapter's segments on the worker pool, each in its voice (the narrator's or its speaker's), taking clips from
 * the segment cache where it has them and storing the rest. A text spoken twice in a chapter in
 * the same voice is synthesised once. The clips come back in segment order, whatever the number
 * of workers.
 */
final class Synthesiser {

    private final SpeechEngine engine;
    private final Cast cast;
    private final SegmentCache cache;
    private final ChapterOrderExecutor workers;

    Synthesiser(SpeechEngine engine, Cast cast, SegmentCache cache, ChapterOrderExecutor workers) {
        this.engine = engine;
        this.cast = cast;
        this.cache = cache;
        this.workers = workers;
    }

    /** The cache key of a segment's clip: what its samples depend on. */
    String key(Segment segment) {
        return SegmentCache.key(engine.id(), cast.voiceFor(segment), segment.spoken());
    }

    List<String> keys(ChapterPlan chapter) {
        return chapter.segments().stream().map(this::key).toList();
    }

    /** Speaks the chapter into {@code store}, a clip per segment in order. */
    ChapterSpeech speak(ChapterPlan chapter, ClipStore store) throws IOException {
        return speak(chapter, keys(chapter), store, done -> { });
    }

    /**
     * As above, with the segments' {@link #keys} as the caller has them already (the chapter's
     * fingerprint is made of them), telling {@code spoken} how many segments are in the store
     * after each one.
     */
    ChapterSpeech speak(ChapterPlan chapter, List<String> keys, ClipStore store, java.util.function.IntConsumer spoken)
            throws IOException {
        AtomicInteger synthesised = new AtomicInteger();
        Map<String, Future<HeldClip>> pending = new LinkedHashMap<>();
        for (int s = 0; s < keys.size(); s++) {
            Segment segment = chapter.segments().get(s);
            pending.computeIfAbsent(keys.get(s), k -> workers.submit(chapter.number(), () -> HeldClip.of(cache.find(k).orElseGet(() -> {
                SpeechClip clip = engine.speak(segment.spoken(), cast.voiceFor(segment));
                cache.store(k, clip);
                synthesised.incrementAndGet();
                return clip;
            }))));
        }
        // Each clip goes to the store as soon as it is its turn, and is dropped from memory.
        Map<String, Integer> firstSegment = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer earlier = firstSegment.putIfAbsent(keys.get(i), i);
            if (earlier != null) {
                store.repeat(earlier);
            } else {
                store.add(Futures.await(pending.remove(keys.get(i))));
            }
            spoken.accept(i + 1);
        }
        return new ChapterSpeech(store, synthesised.get(), keys.size() - synthesised.get());
    }
}
