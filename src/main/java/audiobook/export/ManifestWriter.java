package audiobook.export;

import audiobook.mix.DeliveryProfile;
import audiobook.plan.BookPlan;
import audiobook.plan.Segment;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the {@link BookManifest} from the plan and the exported chapters and writes it atomically. */
public final class ManifestWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ManifestWriter() {
    }

    public static BookManifest manifest(Path folder, BookPlan plan, String soundscape, List<ExportedChapter> chapters) {
        List<BookManifest.ChapterEntry> entries = new ArrayList<>();
        long total = 0;
        for (ExportedChapter chapter : chapters) {
            List<BookManifest.SegmentEntry> segments = new ArrayList<>();
            for (Segment s : chapter.plan().segments()) {
                segments.add(new BookManifest.SegmentEntry(s.index(), s.text(), s.spoken(),
                        s.role().name().toLowerCase(Locale.ROOT), s.speaker(), s.voice(), chapter.startMs()[s.index()],
                        chapter.endMs()[s.index()], s.pauseAfter().name().toLowerCase(Locale.ROOT),
                        s.cue().intensities(), plan.kindOf(chapter.plan(), s).name().toLowerCase(Locale.ROOT)));
            }
            long ms = Math.round(chapter.seconds() * 1000);
            total += ms;
            ExportedFile main = chapter.main();
            String dry = chapter.files().stream().filter(f -> f.profile() == DeliveryProfile.DRY)
                    .map(f -> folder.relativize(f.path()).toString()).findFirst().orElse(null);
            entries.add(new BookManifest.ChapterEntry(chapter.plan().number(), chapter.plan().title(),
                    folder.relativize(main.path()).toString(), dry,
                    "captions/" + ChapterFiles.baseName(chapter.plan()) + ".vtt", ms,
                    ReportWriter.finite(main.loudness().integratedLufs()),
                    ReportWriter.finite(main.loudness().truePeakDbtp()), segments));
        }
        return new BookManifest(1, plan.title(), plan.author(), soundscape, plan.seed(), plan.frontMatter(),
                total, entries);
    }

    public static void write(Path file, BookManifest manifest) throws IOException {
        AtomicFiles.writeString(file, JSON.writeValueAsString(manifest) + "\n");
    }

    public static BookManifest read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), BookManifest.class);
    }
}
