package audiobook.pipeline;

import audiobook.plan.PlanSettings;
import audiobook.speech.VoiceSettings;
import java.nio.file.Path;

/**
 * Everything the user chose for a build.
 *
 * @param output     the book's folder, or null for {@code out/<book-slug>/}
 * @param soundscape "auto", "none", a shipped soundscape's name, or a definition file
 * @param jobs       worker threads for synthesis
 */
public record BuildSettings(Path story, Path output, PlanSettings plan, VoiceSettings narrator,
                            String soundscape, double ambienceDb, int jobs) {
}
