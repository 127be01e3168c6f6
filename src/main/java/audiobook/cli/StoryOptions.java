package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.plan.Pauses;
import audiobook.plan.PlanSettings;
import audiobook.text.Lexicon;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The story and what the user decides about its plan, shared by {@code build} and {@code plan}. */
final class StoryOptions {

    /** The shortest chapter target that makes sense; 0 means automatic. */
    static final int MIN_CHAPTER_WORDS = 50;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STORY",
            description = "The story file: UTF-8 text, Markdown (.md), HTML (.html) or EPUB (.epub), or - to read it from standard "
                    + "input (default: the story in seeds/).")
    Path story;

    @Option(names = "--title", paramLabel = "TEXT", description = "The book's title (default: the book's own, else from the file name).")
    String title;

    @Option(names = "--author", paramLabel = "TEXT", description = "The book's author (default: the book's own).")
    String author;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of every random source, the pauses' variation included (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--include-front-matter", description = "Also narrate the note before the first rule.")
    boolean includeFrontMatter;

    @Option(names = "--chapter-words", paramLabel = "N", defaultValue = "0",
            description = "Target chapter length for a story without headings (default: automatic, "
                    + "2-4 chapters for a short story, at most 4,000 words a chapter).")
    int chapterWords;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "Pronunciation lexicon, lines of 'written = spoken' (default: lexicon.txt beside the story).")
    Path lexicon;

    @Mixin
    CreditsOptions credits = new CreditsOptions();

    /** The story named, else the one in {@code seeds/}. */
    Path file() {
        return story != null ? story : SeedStory.find();
    }

    /** The plan's settings, each option checked; the lexicon is read. */
    PlanSettings settings(Pauses pauses) {
        if (chapterWords != 0 && chapterWords < MIN_CHAPTER_WORDS) {
            throw AudiobookException.input("--chapter-words must be 0 (automatic) or at least " + MIN_CHAPTER_WORDS
                    + ", not " + chapterWords);
        }
        return new PlanSettings(title, author, seed, includeFrontMatter, PlanSettings.MAX_SEGMENT_WORDS, pauses,
                chapterWords, Lexicon.forStory(file(), lexicon), credits.credits());
    }
}
