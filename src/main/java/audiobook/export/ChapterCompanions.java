package audiobook.export;

import audiobook.plan.BookPlan;
import audiobook.plan.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text files beside the audio: captions per chapter and the book's playlist. */
public final class ChapterCompanions {

    private ChapterCompanions() {
    }

    /**
     * {@code captions/NN Title.vtt}: a cue per segment, timed from the real clip lengths, and a
     * long segment cut into several at its clauses ({@link CaptionCues}).
     */
    public static void writeCaptions(Path folder, ExportedChapter chapter) throws IOException {
        List<Caption> captions = new ArrayList<>();
        for (Segment s : chapter.plan().segments()) {
            captions.addAll(CaptionCues.split(new Caption(chapter.startMs()[s.index()], chapter.endMs()[s.index()], s.text())));
        }
        WebVttWriter.write(folder.resolve("captions").resolve(ChapterFiles.baseName(chapter.plan()) + ".vtt"), captions);
    }

    /** {@code <book-slug>.m3u8}: the chapters a listener plays, with titles and durations. */
    public static void writePlaylist(Path folder, BookPlan plan, List<ExportedChapter> chapters) throws IOException {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (ExportedChapter c : chapters) {
            entries.add(new PlaylistEntry(folder.relativize(c.main().path()).toString(), c.plan().title(), c.seconds()));
        }
        PlaylistWriter.write(folder.resolve(plan.slug() + ".m3u8"), plan.title(), plan.author(), entries);
    }
}
