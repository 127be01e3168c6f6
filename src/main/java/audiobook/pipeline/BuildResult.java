package audiobook.pipeline;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.plan.BookPlan;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build produced: the plan, the folder, the chapters written, the files encoded from
 * them (MP3s, M4B, as they decode), what narration cost, and the time it took.
 */
public record BuildResult(BookPlan plan, Path folder, String soundscape, List<ExportedChapter> chapters,
                          double wallSeconds, SynthesisReport synthesis, List<ExportedFile> encoded) {

    public BuildResult {
        encoded = List.copyOf(encoded);
    }

    /** WAV only. */
    public BuildResult(BookPlan plan, Path folder, String soundscape, List<ExportedChapter> chapters,
                       double wallSeconds, SynthesisReport synthesis) {
        this(plan, folder, soundscape, chapters, wallSeconds, synthesis, List.of());
    }

    public double audioSeconds() {
        return chapters.stream().mapToDouble(ExportedChapter::seconds).sum();
    }
}
