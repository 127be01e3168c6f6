package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.plan.Pauses;
import picocli.CommandLine.Option;

/** The pauses between segments, shared by {@code build} and {@code plan}. */
final class PauseOptions {

    private static final int MAX_PAUSE_MS = 10_000;

    @Option(names = "--pause-clause", paramLabel = "MS", description = "Pause after a clause of a long sentence (default: 250, varied ±20 %%).")
    Integer clause;

    @Option(names = "--pause-sentence", paramLabel = "MS", description = "Pause between sentences (default: 650, varied ±20 %%).")
    Integer sentence;

    @Option(names = "--pause-paragraph", paramLabel = "MS", description = "Pause between paragraphs (default: 1250, varied ±20 %%).")
    Integer paragraph;

    @Option(names = "--pause-scene", paramLabel = "MS", description = "Pause at a scene break (default: 2500, varied ±20 %%).")
    Integer scene;

    @Option(names = "--pause-title", paramLabel = "MS", description = "Pause after the chapter title (default: 1800, varied ±20 %%).")
    Integer title;

    Pauses pauses() {
        Pauses d = Pauses.DEFAULT;
        return new Pauses(ms("--pause-clause", clause, d.clauseMs()), ms("--pause-sentence", sentence, d.sentenceMs()),
                ms("--pause-paragraph", paragraph, d.paragraphMs()), ms("--pause-scene", scene, d.sceneMs()),
                ms("--pause-title", title, d.titleMs()));
    }

    private static int ms(String option, Integer value, int defaultMs) {
        if (value == null) {
            return defaultMs;
        }
        if (value < 0 || value > MAX_PAUSE_MS) {
            throw AudiobookException.input(option + " must be from 0 to " + MAX_PAUSE_MS + " ms, not " + value);
        }
        return value;
    }
}
