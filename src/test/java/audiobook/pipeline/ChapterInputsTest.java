package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import audiobook.mix.DeliveryProfile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanSettings;
import audiobook.speech.Cast;
import audiobook.speech.VoiceParameter;
import audiobook.speech.VoiceSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChapterInputsTest {

    private final ChapterPlan chapter = SynthesiserTest.chapter("One", "A sentence.", "Another one.");
    private final BookPlan plan = new BookPlan("Book", "Author", "book", 1, "", List.of(chapter), List.of());
    private final List<String> keys = List.of("k0", "k1", "k2");

    private String fingerprint(BuildSettings settings, ChapterPlan chapterPlan, List<String> clipKeys) {
        return ChapterInputs.fingerprint(settings, plan, chapterPlan, clipKeys, null, null);
    }

    private static BuildSettings settings(Cast cast, double ambienceDb, int jobs, Path cache) {
        return new BuildSettings(Path.of("story.txt"), Path.of("out"), PlanSettings.defaults(), cast, "auto",
                ambienceDb, jobs, Set.of(DeliveryProfile.DRY, DeliveryProfile.IMMERSIVE), false, cache, true);
    }

    @Test
    void threadsAndCacheDoNotChangeTheFingerprintButWhatShapesTheSoundDoes() {
        String base = fingerprint(settings(Cast.DEFAULT, 0, 1, null), chapter, keys);
        assertEquals(base, fingerprint(settings(Cast.DEFAULT, 0, 4, Path.of("/elsewhere")), chapter, keys));
        BuildSettings dryOnly = new BuildSettings(Path.of("story.txt"), Path.of("out"), PlanSettings.defaults(),
                Cast.DEFAULT, "auto", 0, 1, Set.of(DeliveryProfile.DRY), false, null, true);
        assertNotEquals(base, fingerprint(dryOnly, chapter, keys));
        assertNotEquals(base, fingerprint(settings(Cast.DEFAULT, 1, 1, null), chapter, keys));
        assertNotEquals(base, fingerprint(settings(Cast.of(VoiceSettings.NARRATOR.with(VoiceParameter.PITCH, 95)), 0, 1,
                null), chapter, keys));
        assertNotEquals(base, fingerprint(settings(Cast.DEFAULT, 0, 1, null), chapter, List.of("k0", "k1", "kX")));
        assertNotEquals(base, fingerprint(settings(Cast.DEFAULT, 0, 1, null),
                SynthesiserTest.chapter("One", "A sentence.", "Another one!"), keys));
    }
}
