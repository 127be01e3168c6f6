package audiobook.cli;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.io.PrintWriter;
import java.util.List;

/** Progress for logs and pipes: one plain line when the build starts and one per chapter written. */
final class ProgressLines extends BuildDisplay {

    ProgressLines(PrintWriter err) {
        super(err);
    }

    @Override
    public void started(BookPlan plan, List<ChapterPlan> chapters) {
        super.started(plan, chapters);
        line(String.format("Building \"%s\": %s", plan.title(), chapters.size() == plan.chapters().size()
                ? chapters.size() + " chapter" + (chapters.size() == 1 ? "" : "s")
                : "chapter" + (chapters.size() == 1 ? " " : "s ") + chapterRange(chapters) + " of " + plan.chapters().size()));
    }

    @Override
    public void chapterDone(ExportedChapter chapter, int done, int total) {
        super.chapterDone(chapter, done, total);
        double left = work.secondsLeft(elapsedSeconds());
        line(String.format("[%d/%d] %s (%s) · %.0f%%%s", done, total, chapter.main().path().getFileName(),
                Durations.format(chapter.seconds()), work.fraction() * 100,
                done < total && !Double.isNaN(left) ? " · " + Durations.format(left) + " left" : ""));
    }

    @Override
    public void fileEncoded(ExportedFile file, boolean reused, int done, int total) {
        super.fileEncoded(file, reused, done, total);
        double left = work.secondsLeft(elapsedSeconds());
        java.nio.file.Path parent = file.path().getParent();
        String name = (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("narration")
                ? "narration/" : "") + file.path().getFileName();
        line(String.format("[encoded %d/%d] %s%s · %.0f%%%s", done, total, name, reused ? " (unchanged)" : "",
                work.fraction() * 100, work.fraction() < 1 && !Double.isNaN(left) ? " · " + Durations.format(left) + " left" : ""));
    }

    static String chapterRange(List<ChapterPlan> chapters) {
        int first = chapters.get(0).number();
        int last = chapters.get(chapters.size() - 1).number();
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
