package audiobook.pipeline;

import audiobook.export.ExportedChapter;

/** What a build tells its caller while it runs; the command line decides how to show it. */
public interface BuildListener {

    BuildListener SILENT = new BuildListener() { };

    default void warning(String message) {
    }

    /** A chapter has been written. */
    default void chapterDone(ExportedChapter chapter, int done, int total) {
    }
}
