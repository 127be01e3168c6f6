package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.pipeline.BookBuilder;
import audiobook.pipeline.BuildListener;
import audiobook.pipeline.BuildResult;
import audiobook.pipeline.BuildSettings;
import audiobook.plan.Pauses;
import audiobook.plan.PlanSettings;
import audiobook.export.ExportedChapter;
import audiobook.speech.FreeTtsEngine;
import audiobook.speech.VoiceSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audiobook build}: makes the audiobook of a story. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the audiobook of STORY (default: the story in seeds/).",
        footer = {"%nExamples:", "  audiobook build", "  audiobook build my-story.md -o out/my-story --soundscape wind"})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "STORY", description = "The story file (UTF-8 text or Markdown).")
    Path story;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The book's folder (default: out/<book-slug>/).")
    Path output;

    @Option(names = "--title", description = "The book's title (default: from the file name).")
    String title;

    @Option(names = "--author", description = "The book's author.")
    String author;

    @Option(names = "--soundscape", defaultValue = "auto", paramLabel = "auto|none|NAME|FILE",
            description = "The ambience under the narration (default: ${DEFAULT-VALUE}, chosen from the story).")
    String soundscape;

    @Option(names = "--ambience-db", defaultValue = "0", paramLabel = "DB",
            description = "Raises (+) or lowers (-) the ambience by DB decibels (default: ${DEFAULT-VALUE}).")
    double ambienceDb;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random source (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer jobs;

    @Option(names = "--profile", defaultValue = "both", paramLabel = "immersive|dry|both",
            description = "Which masters to write: immersive (narration + soundscape), dry (narration only, "
                    + "ACX-style, in narration/) or both (default: ${DEFAULT-VALUE}).")
    ProfileChoice profile;

    @Option(names = "--force", description = "Write into a folder that holds other files than an audiobook.")
    boolean force;

    @Option(names = "--include-front-matter", description = "Also narrate the note before the first rule.")
    boolean includeFrontMatter;

    @Option(names = "--verbose", description = "Print stack traces for errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Double.isFinite(ambienceDb)) {
            throw AudiobookException.input("--ambience-db must be a number of decibels, not " + ambienceDb);
        }
        int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (workers < 1) {
            throw AudiobookException.input("--jobs must be at least 1, not " + workers);
        }
        Path file = story != null ? story : SeedStory.find();
        BuildSettings settings = new BuildSettings(file, output,
                new PlanSettings(title, author, seed, includeFrontMatter, 40, Pauses.DEFAULT),
                VoiceSettings.NARRATOR, soundscape, ambienceDb, workers, profile.profiles(), force);
        BuildResult result = new BookBuilder(new FreeTtsEngine()).build(settings, new BuildListener() {
            @Override
            public void warning(String message) {
                err.println("warning: " + message);
            }

            @Override
            public void chapterDone(ExportedChapter chapter, int done, int total) {
                err.printf("[%d/%d] %s (%s)%n", done, total, chapter.main().path().getFileName(),
                        Durations.format(chapter.seconds()));
            }
        });
        out.printf("Built \"%s\": %d chapters, %s of audio, soundscape %s, in %.1f s (%.0fx real time)%n",
                result.plan().title(), result.chapters().size(), Durations.format(result.audioSeconds()),
                result.soundscape(), result.wallSeconds(), result.audioSeconds() / result.wallSeconds());
        out.println("Files in " + result.folder());
        return 0;
    }
}
