package audiobook.export;

import audiobook.plan.ChapterPlan;

/** The names of a chapter's files: {@code NN Title.wav} and friends. */
public final class ChapterFiles {

    private ChapterFiles() {
    }

    /** "01 Chapter One", safe as a file name on every common file system. */
    public static String baseName(ChapterPlan chapter) {
        String title = chapter.title().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ")
                .replaceAll("\\s+", " ").strip().replaceAll("[. ]+$", "");
        if (title.length() > 80) {
            title = title.substring(0, 80).strip();
        }
        return String.format("%02d %s", chapter.number(), title.isEmpty() ? "Chapter" : title);
    }
}
