package audiobook.pipeline;

import audiobook.export.ExportedChapter;
import audiobook.plan.BookPlan;
import java.nio.file.Path;
import java.util.List;

/** What a build produced: the plan, the folder, the chapters written, what narration cost, and the time it took. */
public record BuildResult(BookPlan plan, Path folder, String soundscape, List<ExportedChapter> chapters,
                          double wallSeconds, SynthesisReport synthesis) {

    public double audioSeconds() {
        return chapters.stream().mapToDouble(ExportedChapter::seconds).sum();
    }
}
