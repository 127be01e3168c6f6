package audiobook.pipeline;

import audiobook.AudiobookException;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import java.util.List;

/**
 * Which chapters a build renders: all of them, or a range for a quick preview. The chapters
 * outside a range keep their files and their entries in {@code manifest.json} ({@link BookFiles}).
 *
 * @param first first chapter number, from 1
 * @param last  last chapter number, inclusive
 */
public record ChapterSelection(int first, int last) {

    public static final ChapterSelection ALL = new ChapterSelection(1, Integer.MAX_VALUE);

    public ChapterSelection {
        if (first < 1 || last < first) {
            throw AudiobookException.input("chapters " + first + "-" + last + " are not a range of chapter numbers from 1");
        }
    }

    public boolean isAll() {
        return equals(ALL);
    }

    public boolean contains(int chapter) {
        return chapter >= first && chapter <= last;
    }

    /** The plan's chapters in this selection; an input error naming the valid range when some do not exist. */
    public List<ChapterPlan> pick(BookPlan plan) {
        int count = plan.chapters().size();
        if (!isAll() && last > count) {
            String asked = first == last ? "chapter " + first + " does not exist" : "chapters " + first + "-" + last + " do not all exist";
            throw AudiobookException.input(asked + ": \"" + plan.title() + "\" has chapters 1-" + count);
        }
        return plan.chapters().stream().filter(c -> contains(c.number())).toList();
    }
}
