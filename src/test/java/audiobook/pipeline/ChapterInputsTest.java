package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import audiobook.mix.DeliveryProfile;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanSettings;
import audiobook.soundscape.LayerDefinition;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeLibrary;
import audiobook.speech.Cast;
import audiobook.speech.SegmentCache;
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
        // Another voice is keyed through its clips: their keys hold the voice's settings.
        Cast lower = Cast.of(VoiceSettings.NARRATOR.with(VoiceParameter.PITCH, 95));
        List<String> lowerKeys = chapter.segments().stream()
                .map(s -> SegmentCache.key("engine", lower.voiceFor(s), s.spoken())).toList();
        List<String> usualKeys = chapter.segments().stream()
                .map(s -> SegmentCache.key("engine", Cast.DEFAULT.voiceFor(s), s.spoken())).toList();
        assertNotEquals(fingerprint(settings(Cast.DEFAULT, 0, 1, null), chapter, usualKeys),
                fingerprint(settings(lower, 0, 1, null), chapter, lowerKeys));
        assertNotEquals(base, fingerprint(settings(Cast.DEFAULT, 0, 1, null), chapter, List.of("k0", "k1", "kX")));
        assertNotEquals(base, fingerprint(settings(Cast.DEFAULT, 0, 1, null),
                SynthesiserTest.chapter("One", "A sentence.", "Another one!"), keys));
    }

    @Test
    void everySettingIsEitherKeyedOrSaysWhereItsEffectIs() {
        Set<String> components = new java.util.TreeSet<>();
        for (var component : BuildSettings.class.getRecordComponents()) {
            components.add(component.getName());
        }
        Set<String> classified = new java.util.TreeSet<>(ChapterInputs.SETTINGS_IN_KEY);
        classified.addAll(ChapterInputs.SETTINGS_NOT_IN_KEY.keySet());
        assertEquals(components, classified, "a new build setting must be keyed or say why not");
        java.util.Set<String> both = new java.util.TreeSet<>(ChapterInputs.SETTINGS_IN_KEY);
        both.retainAll(ChapterInputs.SETTINGS_NOT_IN_KEY.keySet());
        assertEquals(Set.of(), both);
    }

    @Test
    void theKeyHoldsWhatShapesTheSoundAndNothingElse() {
        SoundscapeDefinition storm = SoundscapeLibrary.find("storm");
        String base = ChapterInputs.fingerprint(settings(Cast.DEFAULT, 0, 1, null), plan, chapter, keys, storm, null);
        BuildSettings moved = new BuildSettings(Path.of("elsewhere/story.txt"), Path.of("elsewhere/out"),
                PlanSettings.defaults(), Cast.DEFAULT, "storm", 0, 1, Set.of(DeliveryProfile.IMMERSIVE, DeliveryProfile.DRY),
                true, null, false);
        assertEquals(base, ChapterInputs.fingerprint(moved, plan, chapter, keys, storm, null),
                "the story's and book's paths, the soundscape's name as asked, --force and --no-cache shape no sound");
        SoundscapeDefinition described = new SoundscapeDefinition(storm.name(), "another description", storm.layers());
        assertEquals(base, ChapterInputs.fingerprint(settings(Cast.DEFAULT, 0, 1, null), plan, chapter, keys, described,
                null), "a description is not heard");
        LayerDefinition first = storm.layers().get(0);
        List<LayerDefinition> louder = new java.util.ArrayList<>(storm.layers());
        louder.set(0, new LayerDefinition(first.type(), first.levelDb() + 1, first.follows(), first.floor(),
                first.parameters(), first.recording()));
        assertNotEquals(base, ChapterInputs.fingerprint(settings(Cast.DEFAULT, 0, 1, null), plan, chapter, keys,
                new SoundscapeDefinition(storm.name(), storm.description(), louder), null));
        BookPlan retitled = new BookPlan("Another Book", "Author", "book", 1, "", List.of(chapter), List.of());
        assertNotEquals(base, ChapterInputs.fingerprint(settings(Cast.DEFAULT, 0, 1, null), retitled, chapter, keys,
                storm, null), "the title is in the WAVs' tags");
        assertNotEquals(base, ChapterInputs.fingerprint(new BuildSettings(Path.of("story.txt"), Path.of("out"),
                PlanSettings.defaults(), Cast.DEFAULT, "auto", 0, 1, Set.of(DeliveryProfile.DRY, DeliveryProfile.IMMERSIVE),
                false, null, true, true), plan, chapter, keys, storm, null), "--stems writes more files");
    }
}
