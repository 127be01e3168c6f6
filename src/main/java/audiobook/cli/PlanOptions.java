package audiobook.cli;

import audiobook.pipeline.VoiceChoice;
import audiobook.plan.PlanSettings;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * Every option that changes the plan, the one group {@code build} and {@code plan} both take:
 * the story's, the pauses' and the voices' (the cast decides who says each quotation).
 */
final class PlanOptions {

    @Mixin
    StoryOptions story = new StoryOptions();

    @Mixin
    PauseOptions pauses = new PauseOptions();

    @Mixin
    VoiceOptions voices = new VoiceOptions();

    /** The story named, else the one in {@code seeds/}. */
    Path story() {
        return story.file();
    }

    PlanSettings settings() {
        return story.settings(pauses.pauses());
    }

    VoiceChoice voices() {
        return voices.choice();
    }
}
