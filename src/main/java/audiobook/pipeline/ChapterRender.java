package audiobook.pipeline;

import audiobook.audio.Source;
import audiobook.audio.Timeline;
import audiobook.export.ChapterCompanions;
import audiobook.export.ChapterFiles;
import audiobook.export.ChapterWavExporter;
import audiobook.export.Dither;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.mix.ChapterRenderer;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.Master;
import audiobook.mix.NarrationTrack;
import audiobook.mix.VoiceLevels;
import audiobook.plan.ChapterPlan;
import audiobook.plan.SeedTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Renders one chapter's masters and writes them (immersive at the top of the book's folder, dry in
 * narration/), its captions and, when asked, its stems (in stems/). Each WAV is streamed to a
 * temporary file and renamed only when complete.
 */
final class ChapterRender {

    private final Path folder;
    private final ChapterWavExporter wavs;
    private final ChapterRenderer renderer;
    private final Set<DeliveryProfile> profiles;
    private final boolean stems;

    /** @param stems also write the narration (mono) and the ambience before mastering to stems/NN *.wav */
    ChapterRender(Path folder, ChapterWavExporter wavs, ChapterRenderer renderer, Set<DeliveryProfile> profiles,
                  boolean stems) {
        this.folder = folder;
        this.wavs = wavs;
        this.renderer = renderer;
        this.profiles = profiles;
        this.stems = stems;
    }

    ExportedChapter render(ChapterPlan chapter, Timeline timeline, VoiceLevels voice, Supplier<NarrationTrack> narration,
                           Source ambience, double[] activity, SeedTree seeds) throws IOException {
        return render(chapter, timeline, voice, narration, ambience, activity, seeds, new ChapterRenderer.Listener() { });
    }

    /** As above, telling {@code progress} how the rendering goes. */
    ExportedChapter render(ChapterPlan chapter, Timeline timeline, VoiceLevels voice, Supplier<NarrationTrack> narration,
                           Source ambience, double[] activity, SeedTree seeds, ChapterRenderer.Listener progress)
            throws IOException {
        String name = ChapterFiles.baseName(chapter) + ".wav";
        Path immersivePath = folder.resolve(name);
        Path dryPath = folder.resolve("narration").resolve(name);
        int rate = timeline.sampleRate();
        try (ChapterWavExporter.ChapterWav immersive = profiles.contains(DeliveryProfile.IMMERSIVE)
                    ? wavs.open(immersivePath, chapter, rate, 2, dither(seeds, "immersive")) : null;
             ChapterWavExporter.ChapterWav dry = profiles.contains(DeliveryProfile.DRY)
                    ? wavs.open(dryPath, chapter, rate, 1, dither(seeds, "dry")) : null;
             ChapterWavExporter.ChapterWav narrationStem = stems ? wavs.open(stemPath(chapter, "narration"), chapter, rate, 1,
                    Dither.NONE)
                    : null;
             ChapterWavExporter.ChapterWav ambienceStem = stems ? wavs.open(stemPath(chapter, "ambience"), chapter, rate, 2,
                    Dither.NONE)
                    : null) {
            List<Master> masters = renderer.render(timeline, voice, narration, ambience, activity,
                    seeds.child("room-tone").seed(),
                    new ChapterRenderer.Outputs(immersive, dry, narrationStem,
                            ambienceStem), progress);
            if (stems) {
                narrationStem.commit(timeline.starts());
                ambienceStem.commit(timeline.starts());
            }
            List<ExportedFile> files = new ArrayList<>();
            for (Master master : masters) {
                boolean isDry = master.profile() == DeliveryProfile.DRY;
                long clipped = (isDry ? dry : immersive).commit(timeline.starts());
                List<String> failures = new ArrayList<>(master.profile().failures(master.loudness()));
                if (clipped > 0) {
                    failures.add(clipped + " samples clipped");
                }
                files.add(new ExportedFile(isDry ? dryPath : immersivePath, master.profile(), master.loudness(),
                        clipped, failures));
            }
            ExportedChapter exported = new ExportedChapter(chapter, timeline.seconds(), millis(timeline.starts(), timeline),
                    millis(timeline.ends(), timeline), files);
            ChapterCompanions.writeCaptions(folder, exported);
            return exported;
        }
    }

    /**
     * Every file {@link #render} wrote for the chapter, its masters, its captions and its stems:
     * what a rebuild must find intact.
     */
    List<Path> outputs(ExportedChapter chapter) {
        List<Path> files = new ArrayList<>();
        chapter.files().forEach(f -> files.add(f.path()));
        files.add(folder.resolve("captions").resolve(ChapterFiles.baseName(chapter.plan()) + ".vtt"));
        if (stems) {
            files.add(stemPath(chapter.plan(), "narration"));
            files.add(stemPath(chapter.plan(), "ambience"));
        }
        return files;
    }

    private Path stemPath(ChapterPlan chapter, String stem) {
        return folder.resolve("stems").resolve(String.format("%02d %s.wav", chapter.number(), stem));
    }

    /**
     * The masters are dithered (TPDF, ±1 LSB) with a stream of their own each: rounding the float
     * mix without it leaves distortion correlated with the signal in fades and room tone; the
     * dither's noise sits near −96 dBFS, some 28 dB under ACX's −60 dBFS floor limit. The stems
     * are not: they are parts to measure and remix, and a silent part stays digital silence.
     */
    private static Dither dither(SeedTree chapterSeeds, String file) {
        return Dither.tpdf(chapterSeeds.child("dither/" + file).seed());
    }

    private static long[] millis(long[] frames, Timeline timeline) {
        long[] ms = new long[frames.length];
        for (int i = 0; i < frames.length; i++) {
            ms[i] = timeline.millis(frames[i]);
        }
        return ms;
    }
}
