package audiobook.pipeline;

import audiobook.export.ChapterCompanions;
import audiobook.export.ChapterFiles;
import audiobook.export.ChapterWavExporter;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.mix.Master;
import audiobook.mix.Narration;
import audiobook.plan.ChapterPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes one chapter's masters (immersive at the top, dry in narration/) and its captions. */
final class ChapterWriter {

    private final Path folder;
    private final ChapterWavExporter wavs;

    ChapterWriter(Path folder, ChapterWavExporter wavs) {
        this.folder = folder;
        this.wavs = wavs;
    }

    ExportedChapter write(ChapterPlan chapter, Narration narration, List<Master> masters) throws IOException {
        List<ExportedFile> files = new ArrayList<>();
        for (Master master : masters) {
            Path file = switch (master.profile()) {
                case IMMERSIVE -> folder.resolve(ChapterFiles.baseName(chapter) + ".wav");
                case DRY -> folder.resolve("narration").resolve(ChapterFiles.baseName(chapter) + ".wav");
            };
            long clipped = wavs.write(file, chapter, master.channels(), master.sampleRate(), narration.starts());
            List<String> failures = new ArrayList<>(master.profile().failures(master.loudness()));
            if (clipped > 0) {
                failures.add(clipped + " samples clipped");
            }
            files.add(new ExportedFile(file, master.profile(), master.loudness(), clipped, failures));
        }
        ExportedChapter exported = new ExportedChapter(chapter, masters.get(0).seconds(),
                millis(narration.starts(), narration.sampleRate()), millis(narration.ends(), narration.sampleRate()), files);
        ChapterCompanions.writeCaptions(folder, exported);
        return exported;
    }

    private static long[] millis(long[] frames, int sampleRate) {
        long[] ms = new long[frames.length];
        for (int i = 0; i < frames.length; i++) {
            ms[i] = Math.round(frames[i] * 1000.0 / sampleRate);
        }
        return ms;
    }
}
