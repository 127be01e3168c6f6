package audiobook.cli;

import audiobook.plan.Credits;
import picocli.CommandLine.Option;

/** The opening and closing credits, part of the story options ({@link StoryOptions}). */
final class CreditsOptions {

    @Option(names = "--no-credits", description = "Leave out the opening credits (title and author) and the closing line.")
    boolean none;

    @Option(names = "--opening-credits", paramLabel = "TEXT",
            description = "What the narrator says before the first chapter (default: \"TITLE, by AUTHOR.\").")
    String opening;

    @Option(names = "--closing-credits", paramLabel = "TEXT",
            description = "What the narrator says after the last chapter (default: \"The end.\").")
    String closing;

    /** The credits asked for; null fields are the usual ones. */
    Credits credits() {
        return none ? Credits.NONE : new Credits(opening, closing);
    }
}
