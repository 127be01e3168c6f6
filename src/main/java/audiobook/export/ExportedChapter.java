package audiobook.export;

import audiobook.plan.ChapterPlan;
import java.util.List;

/**
 * A chapter as written to disk: its plan, its length, where each segment's speech starts and
 * ends (milliseconds, the same in every master of the chapter), and the files written.
 */
public record ExportedChapter(ChapterPlan plan, double seconds, long[] startMs, long[] endMs,
                              List<ExportedFile> files) {

    public ExportedChapter {
        files = List.copyOf(files);
    }

    /** The file a listener plays: the immersive master when there is one, else the dry one. */
    public ExportedFile main() {
        return files.get(0);
    }
}
