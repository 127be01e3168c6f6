package audiobook.pipeline;

import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Speaks a chapter's segments on the worker pool; the clips come back in segment order. */
final class Synthesiser {

    private final SpeechEngine engine;
    private final VoiceSettings narrator;
    private final ExecutorService workers;

    Synthesiser(SpeechEngine engine, VoiceSettings narrator, ExecutorService workers) {
        this.engine = engine;
        this.narrator = narrator;
        this.workers = workers;
    }

    List<SpeechClip> speak(ChapterPlan chapter) {
        List<Future<SpeechClip>> pending = new ArrayList<>();
        for (Segment segment : chapter.segments()) {
            pending.add(workers.submit(() -> engine.speak(segment.spoken(), narrator)));
        }
        List<SpeechClip> clips = new ArrayList<>();
        try {
            for (Future<SpeechClip> f : pending) {
                clips.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while synthesising", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        return clips;
    }
}
