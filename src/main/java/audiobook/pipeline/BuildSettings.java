package audiobook.pipeline;

import audiobook.plan.PlanSettings;
import audiobook.speech.VoiceSettings;
import audiobook.mix.DeliveryProfile;
import java.nio.file.Path;
import java.util.Set;

/**
 * Everything the user chose for a build.
 *
 * @param output     the book's folder, or null for {@code out/<book-slug>/}
 * @param soundscape "auto", "none", a shipped soundscape's name, or a definition file
 * @param jobs       worker threads for synthesis
 * @param profiles   the masters to write: immersive, dry or both
 * @param force      write into a folder that holds other files
 */
public record BuildSettings(Path story, Path output, PlanSettings plan, VoiceSettings narrator,
                            String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                            boolean force) {

    public BuildSettings {
        profiles = Set.copyOf(profiles);
    }
}
