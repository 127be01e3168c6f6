package audiobook.export;

import audiobook.mix.LoudnessReport;
import audiobook.plan.ChapterPlan;
import java.nio.file.Path;

/** A chapter as written to disk: its plan, its file, where each segment sits in it, and its figures. */
public record ExportedChapter(ChapterPlan plan, Path file, double seconds, long[] startMs, long[] endMs,
                              LoudnessReport loudness) {
}
