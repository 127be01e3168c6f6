package audiobook.pipeline;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The fingerprint of everything a chapter's files are made from: the build's settings (except
 * how many threads and which cache), the book's metadata, the chapter's plan, the keys of its
 * clips, its soundscape and score, and the code itself (the jar's size and time, so a new
 * version of the tool renders everything again while cached clips stay valid).
 */
final class ChapterInputs {

    /** Bump when rendering changes in a way the jar's identity would not show (e.g. in tests). */
    private static final int FORMAT = 1;
    static final String CODE = codeIdentity();

    private ChapterInputs() {
    }

    static String fingerprint(BuildSettings settings, BookPlan plan, ChapterPlan chapter, List<String> clipKeys,
                              SoundscapeDefinition soundscape, SoundscapeScore.ChapterScore score) {
        Fingerprint f = new Fingerprint()
                .add("format", FORMAT)
                .add("code", CODE)
                .add("settings", settings.withoutExecutionChoices())
                .add("profiles", new TreeSet<>(settings.profiles()))
                .add("book", List.of(plan.title(), plan.author(), plan.seed(), plan.chapters().size()))
                .add("chapter", chapter)
                .add("clips", clipKeys)
                .add("soundscape", soundscape);
        if (score != null) {
            f.add("score seed", score.seeds().seed()).add("score chapter", score.chapter());
            score.layerIntensities().forEach(layer -> f.add("layer", layer));
        }
        return f.hex();
    }

    private static String codeIdentity() {
        try {
            Path code = Path.of(ChapterInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis()
                    : "classes";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
