package audiobook.pipeline;

import audiobook.audio.Source;
import audiobook.audio.Timeline;
import audiobook.export.ExportedChapter;
import audiobook.mix.ChapterRenderer;
import audiobook.mix.NarrationTrack;
import audiobook.mix.SampleRateConverter;
import audiobook.mix.VoiceLevels;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.soundscape.AmbienceRenderer;
import audiobook.soundscape.SoundscapeScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Builds one chapter from its plan to its files: skips it if the last build left it as it would
 * be now, otherwise speaks it, lays its clips out, measures the voice and renders and writes
 * its masters. Chapters are independent, so several jobs run at once, one chapter each.
 */
final class ChapterJob {

    /** Room tone before the first word: ACX asks for 0.5 to 1 s, and the ambience fades in over it. */
    private static final double LEAD_IN_SECONDS = 0.9;
    private static final double TAIL_SECONDS = 3.0;
    /**
     * How far under the voice the bed must stay before a warning: the shipped soundscapes sit
     * 19 LU or more under it; 6 dB louder cost speech recognition 0.06 more errors a word.
     */
    static final int MIN_BED_GAP_LU = 10;

    /** What building a chapter did. */
    record Outcome(ExportedChapter chapter, int synthesised, int reused, boolean unchanged, double synthesisSeconds) {
    }

    private final BuildSettings settings;
    private final BookPlan plan;
    private final SoundscapeScore score;
    private final Synthesiser synthesiser;
    private final RenderedChapters rendered;
    private final ChapterRender render;
    private final BuildListener listener;
    private final Path folder;

    /** @param folder the book's folder, where chapters keep their clips while they are built */
    ChapterJob(BuildSettings settings, BookPlan plan, SoundscapeScore score, Synthesiser synthesiser,
               RenderedChapters rendered, ChapterRender render, BuildListener listener, Path folder) {
        this.settings = settings;
        this.plan = plan;
        this.score = score;
        this.synthesiser = synthesiser;
        this.rendered = rendered;
        this.render = render;
        this.listener = listener;
        this.folder = folder;
    }

    Outcome build(ChapterPlan chapter) throws IOException {
        SoundscapeScore.ChapterScore chapterScore = score.chapters().get(chapter.number() - 1);
        List<String> clipKeys = synthesiser.keys(chapter);
        String fingerprint = ChapterInputs.fingerprint(settings, plan, chapter, clipKeys,
                chapterScore.definition(), chapterScore);
        Optional<ExportedChapter> previous = rendered.unchanged(chapter, fingerprint);
        if (previous.isPresent()) {
            warnAboutMissedTargets(previous.get());
            listener.chapterSpoken(chapter, previous.get().seconds());
            listener.chapterUnchanged(previous.get(), 0, 0);
            return new Outcome(previous.get(), 0, chapter.segments().size(), true, 0);
        }
        try (ClipStore clips = ClipStore.in(folder)) {
            long speaking = System.nanoTime();
            ChapterSpeech speech = synthesiser.speak(chapter, clipKeys, clips, done -> listener.segmentsSpoken(chapter, done));
            double synthesisSeconds = (System.nanoTime() - speaking) / 1e9;
            Timeline timeline = layOut(chapter, clips, BookBuilder.SAMPLE_RATE);
            listener.chapterSpoken(chapter, timeline.seconds());
            Timeline engineTimeline = atRate(timeline, clips.sampleRate(0));
            VoiceLevels voice = VoiceLevels.measure(engineTimeline,
                    () -> new NarrationTrack(engineTimeline, i -> clips.get(i).samples()));
            Source ambience = chapterScore.definition().isSilent() ? null
                    : new AmbienceRenderer(settings.ambienceDb()).open(chapterScore, timeline);
            ExportedChapter done = render.render(chapter, timeline, voice, () -> new NarrationTrack(timeline,
                            i -> SampleRateConverter.convert(clips.get(i).samples(), clips.sampleRate(i),
                                    BookBuilder.SAMPLE_RATE)),
                    ambience, chapterScore.activity(), chapter.seeds(plan.seed()),
                    new ChapterRenderer.Listener() {
                        @Override
                        public void progress(double share) {
                            listener.chapterRendering(chapter, share);
                        }

                        @Override
                        public void bedUnderVoice(double lu) {
                            if (lu < MIN_BED_GAP_LU) {
                                listener.warning(String.format(java.util.Locale.ROOT, "chapter %d: the ambience is only "
                                        + "%.0f LU under the voice (--ambience-db %+.0f); speech may be hard to follow, "
                                        + "keep it %d LU or more under", chapter.number(), lu, settings.ambienceDb(),
                                        MIN_BED_GAP_LU));
                            }
                        }
                    });
            warnAboutMissedTargets(done);
            // Every file the chapter writes belongs in this list, or a rebuild could keep a stale one.
            rendered.remember(fingerprint, done, render.outputs(done));
            listener.chapterDone(done, 0, 0);
            return new Outcome(done, speech.synthesised(), speech.reused(), false, synthesisSeconds);
        }
    }

    private void warnAboutMissedTargets(ExportedChapter chapter) {
        chapter.files().stream().filter(f -> !f.passes())
                .forEach(f -> listener.warning(f.path().getFileName() + ": " + String.join("; ", f.failures())));
    }

    /** Clips end to end with the plan's pauses, at the given rate (clip lengths as the resampler gives them). */
    private static Timeline layOut(ChapterPlan chapter, ClipStore clips, int rate) {
        long[] frames = new long[clips.size()];
        int[] pauses = new int[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            frames[i] = Math.round(clips.length(i) * (double) rate / clips.sampleRate(i));
            pauses[i] = chapter.segments().get(i).pauseMs();
        }
        return Timeline.layOut(rate, frames, pauses, LEAD_IN_SECONDS, TAIL_SECONDS);
    }

    /** The same layout at the engine's rate, where the clips' own lengths fix where they end. */
    private static Timeline atRate(Timeline timeline, int rate) {
        double ratio = (double) rate / timeline.sampleRate();
        long[] starts = new long[timeline.starts().length];
        long[] ends = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = Math.round(timeline.starts()[i] * ratio);
            ends[i] = starts[i] + Math.round((timeline.ends()[i] - timeline.starts()[i]) * ratio);
        }
        return new Timeline(rate, Math.max(Math.round(timeline.frames() * ratio), ends[ends.length - 1]), starts, ends);
    }
}
