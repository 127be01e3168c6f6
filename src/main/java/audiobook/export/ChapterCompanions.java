package audiobook.export;

import audiobook.plan.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text beside each chapter's audio: its captions (the book's playlist is made from the manifest). */
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
}
