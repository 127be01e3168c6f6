package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.mix.MixProfile;
import audiobook.pipeline.BookBuilder;
import audiobook.pipeline.ChapterSelection;
import audiobook.pipeline.BuildResult;
import audiobook.pipeline.BuildSettings;
import audiobook.pipeline.FormatSettings;
import audiobook.pipeline.OutputFormat;
import audiobook.speech.FreeTtsEngine;
import audiobook.speech.Cast;
import audiobook.speech.SpeechEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audiobook build}: makes the audiobook of a story. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the audiobook of STORY (default: the story in seeds/).",
        footer = {"%nExamples:",
            "  audiobook build",
            "  audiobook build my-story.md -o out/my-story --soundscape wind",
            "  audiobook build my-story.md --chapter 3     (re-renders chapter 3 only)",
            "  audiobook build --chapters 2-3 --quiet",
            "  audiobook build --format wav,mp3,m4b   (also MP3s at ACX settings and one M4B)",
            "%nOn a terminal a progress bar shows the time left and the speed as a multiple",
            "of real time; in logs a line per chapter. The summary names any target missed."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AudiobookCommand root;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "The book's folder (default: out/<book-slug>/).")
    Path output;

    @Option(names = "--soundscape", defaultValue = "auto", paramLabel = "auto|none|NAME|FILE",
            description = "The ambience under the narration (default: ${DEFAULT-VALUE}, chosen from the story).")
    String soundscape;

    @Option(names = "--ambience-db", defaultValue = "0", paramLabel = "DB",
            description = "Raises (+) or lowers (-) the ambience by DB decibels, -40 to +20 (default: ${DEFAULT-VALUE}).")
    String ambienceDb;

    /** How far the bed may be raised or lowered; beyond +20 dB it drowns the voice, below -40 dB it is gone. */
    static final double MIN_AMBIENCE_DB = -40;
    static final double MAX_AMBIENCE_DB = 20;
    /** More workers than this only cost memory (each holds a voice and a chapter in flight). */
    static final int MAX_JOBS = 64;

    @Option(names = "--accessible", description = "Keep the ambience at least 20 dB under the voice everywhere "
            + "(WCAG G56), for listeners who find speech over background sound hard to follow.")
    boolean accessible;

    /** For measuring the ducking (bench/soundscape.sh): the bed at its set level throughout. */
    @Option(names = "--no-duck", hidden = true)
    boolean noDuck;

    @Option(names = "--jobs", paramLabel = "N", description = "Worker threads, 1 to " + MAX_JOBS
            + " (default: the number of cores).")
    Integer jobs;

    @Option(names = "--profile", defaultValue = "both", paramLabel = "immersive|dry|both",
            description = "Which masters to write: immersive (narration + soundscape), dry (narration only, "
                    + "ACX-style, in narration/) or both (default: ${DEFAULT-VALUE}).")
    ProfileChoice profile;

    @Option(names = "--format", defaultValue = "wav", paramLabel = "LIST",
            description = "Formats to write, comma-separated: wav (one WAV per chapter and master, always), "
                    + "mp3 (an MP3 beside each WAV: 44.1 kHz, 192 kbps CBR, ID3-tagged), m4b (one chaptered "
                    + "audiobook, AAC; needs ffmpeg), epub (an EPUB 3 that reads the text aloud with the MP3s, "
                    + "highlighting each sentence; implies mp3). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--cover", paramLabel = "IMAGE",
            description = "Cover for the MP3s and the M4B, a JPEG or PNG (default: the book's own, else one drawn "
                    + "from the title and author); written beside them as cover.jpg or cover.png.")
    Path cover;

    @Option(names = "--stems", description = "Also write each chapter's narration and ambience before mastering "
            + "to stems/ (NN narration.wav, NN ambience.wav).")
    boolean stems;

    @Option(names = "--force", description = "Write into a folder that holds other files than an audiobook.")
    boolean force;

    @Option(names = "--chapter", paramLabel = "N",
            description = "Render only chapter N, a quick preview; the other chapters' files stay as they are.")
    Integer chapter;

    @Option(names = "--chapters", paramLabel = "A-B", description = "Render only chapters A to B (e.g. 2-3).")
    String chapters;

    @Option(names = "--progress", defaultValue = "auto", paramLabel = "auto|always|never",
            description = "Draw a live progress bar: on a terminal only (auto), always, or never (a line per chapter).")
    BuildDisplay.Mode progress;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary; warnings and errors only.")
    boolean quiet;

    @Mixin
    PlanOptions planned = new PlanOptions();

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double bedDb = ambienceDb(ambienceDb);
        int workers = jobs != null ? jobs : Math.min(MAX_JOBS, Runtime.getRuntime().availableProcessors());
        if (workers < 1 || workers > MAX_JOBS) {
            throw AudiobookException.input("--jobs must be from 1 to " + MAX_JOBS + ", not " + workers);
        }
        FormatSettings formats = formats();
        SpeechEngine engine = new FreeTtsEngine();
        Cast cast = planned.voices().cast(engine);
        BuildSettings settings = new BuildSettings(planned.story(), output, planned.settings(), cast,
                soundscape, bedDb, workers, profile.profiles(), force, cache.dir(), cache.useCache(), stems, mix(),
                formats);
        ChapterSelection selection = selection();
        BookBuilder builder = new BookBuilder(engine);
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        try (BuildDisplay display = BuildDisplay.choose(progress, quiet, root.host().terminal(), err)) {
            // Ctrl-C: the message on a line of its own, then the build stops and removes its
            // temporary files before the JVM exits (130); the cache keeps what was synthesised.
            Runnable unregister = root.host().onInterrupt(() -> {
                display.stopped();
                builder.stop();
                awaitQuietly(finished);
            });
            try {
                BuildResult result = builder.build(settings, selection, display);
                if (!quiet) {
                    display.close();   // the bar's last frame, then the summary below it
                    BuildSummary.print(out, result, display.warnings(), display.removed());
                    CastPrinter.printCasting(out, result.plan().cast());
                }
            } finally {
                finished.countDown();
                unregister.run();
            }
        }
        return 0;
    }

    private MixProfile mix() {
        if (accessible && noDuck) {
            throw AudiobookException.input("--accessible and --no-duck contradict each other; give one");
        }
        return accessible ? MixProfile.ACCESSIBLE : noDuck ? MixProfile.UNDUCKED : MixProfile.STANDARD;
    }

    /** {@code --format} and {@code --cover}, and ffmpeg from the PATH: M4B needs it, and it measures what is encoded. */
    private FormatSettings formats() {
        java.util.Set<OutputFormat> chosen = OutputFormat.parse(format);
        Path ffmpeg = root.host().findProgram("ffmpeg").orElse(null);
        return new FormatSettings(chosen, cover, ffmpeg, String.valueOf(java.time.Year.now().getValue()));
    }

    /** The bed's gain in dB, checked before anything is read: a number from -40 to +20. */
    static double ambienceDb(String text) {
        double db;
        try {
            db = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            db = Double.NaN;
        }
        if (!Double.isFinite(db) || db < MIN_AMBIENCE_DB || db > MAX_AMBIENCE_DB) {
            throw AudiobookException.input("--ambience-db must be a number of decibels from " + (int) MIN_AMBIENCE_DB
                    + " to +" + (int) MAX_AMBIENCE_DB + ", not " + text);
        }
        return db;
    }

    private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ChapterSelection selection() {
        if (chapter != null && chapters != null) {
            throw AudiobookException.input("--chapter and --chapters: give one of them, not both");
        }
        if (chapter != null) {
            if (chapter < 1) {
                throw AudiobookException.input("--chapter " + chapter + ": chapters are numbered from 1");
            }
            return new ChapterSelection(chapter, chapter);
        }
        if (chapters == null) {
            return ChapterSelection.ALL;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})(?:-(\\d{1,6}))?").matcher(chapters.strip());
        int first = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        int last = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : first;
        if (first < 1 || last < first) {
            throw AudiobookException.input("--chapters " + chapters + ": not a range of chapters; write A-B, e.g. 2-3");
        }
        return new ChapterSelection(first, last);
    }
}
