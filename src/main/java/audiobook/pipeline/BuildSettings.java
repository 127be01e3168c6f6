package audiobook.pipeline;

import audiobook.mix.DeliveryProfile;
import audiobook.mix.MixProfile;
import audiobook.plan.PlanSettings;
import audiobook.speech.Cast;
import audiobook.speech.VoiceSettings;
import java.nio.file.Path;
import java.util.Set;

/**
 * Everything the user chose for a build.
 *
 * @param output     the book's folder, or null for {@code out/<book-slug>/}
 * @param cast       the voices of the narrator and of dialogue
 * @param soundscape "auto", "none", a shipped soundscape's name, or a definition file
 * @param jobs       worker threads for synthesis
 * @param profiles   the masters to write: immersive, dry or both
 * @param force      write into a folder that holds other files
 * @param cache      the segment cache's folder, or null for {@code <book>/.cache/}
 * @param useCache   false to synthesise and render everything afresh and keep nothing ({@code --no-cache})
 * @param stems      also write each chapter's narration and ambience before mastering to {@code stems/}
 * @param mix        how the bed sits under the voice (standard, accessible, or not ducked)
 * @param formats    the formats written beside the WAV masters (MP3, M4B), the cover and ffmpeg
 */
public record BuildSettings(Path story, Path output, PlanSettings plan, Cast cast,
                            String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                            boolean force, Path cache, boolean useCache, boolean stems, MixProfile mix,
                            FormatSettings formats) {

    public BuildSettings {
        profiles = Set.copyOf(profiles);
        mix = mix == null ? MixProfile.STANDARD : mix;
        formats = formats == null ? FormatSettings.WAV_ONLY : formats;
    }

    public BuildSettings(Path story, Path output, PlanSettings plan, Cast cast,
                         String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                         boolean force, Path cache, boolean useCache, boolean stems, MixProfile mix) {
        this(story, output, plan, cast, soundscape, ambienceDb, jobs, profiles, force, cache, useCache, stems, mix,
                FormatSettings.WAV_ONLY);
    }

    public BuildSettings(Path story, Path output, PlanSettings plan, Cast cast,
                         String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                         boolean force, Path cache, boolean useCache, boolean stems, FormatSettings formats) {
        this(story, output, plan, cast, soundscape, ambienceDb, jobs, profiles, force, cache, useCache, stems,
                MixProfile.STANDARD, formats);
    }

    /** The standard mix, WAV only. */
    public BuildSettings(Path story, Path output, PlanSettings plan, Cast cast,
                         String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                         boolean force, Path cache, boolean useCache, boolean stems) {
        this(story, output, plan, cast, soundscape, ambienceDb, jobs, profiles, force, cache, useCache, stems,
                MixProfile.STANDARD);
    }

    /** Without stems. */
    public BuildSettings(Path story, Path output, PlanSettings plan, Cast cast,
                         String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                         boolean force, Path cache, boolean useCache) {
        this(story, output, plan, cast, soundscape, ambienceDb, jobs, profiles, force, cache, useCache, false,
                FormatSettings.WAV_ONLY);
    }

    /** The built-in dialogue voice and the default cache. */
    public BuildSettings(Path story, Path output, PlanSettings plan, VoiceSettings narrator,
                         String soundscape, double ambienceDb, int jobs, Set<DeliveryProfile> profiles,
                         boolean force) {
        this(story, output, plan, Cast.of(narrator), soundscape, ambienceDb, jobs, profiles, force, null, true);
    }

    public BuildSettings withFormats(FormatSettings newFormats) {
        return new BuildSettings(story, output, plan, cast, soundscape, ambienceDb, jobs, profiles, force, cache,
                useCache, stems, newFormats);
    }
}
