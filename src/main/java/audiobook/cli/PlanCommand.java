package audiobook.cli;

import audiobook.pipeline.BookPlanner;
import audiobook.pipeline.PlannedBook;
import audiobook.plan.BookPlan;
import audiobook.plan.Line;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanJson;
import audiobook.plan.PlanSettings;
import audiobook.plan.ReadingTime;
import audiobook.plan.SceneArc;
import audiobook.plan.Segment;
import audiobook.speech.Cast;
import audiobook.speech.FreeTtsEngine;
import audiobook.text.Lexicon;
import audiobook.text.Manuscript;
import audiobook.text.Words;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code audiobook plan}: shows how a story will be read, without making any audio. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Shows how STORY (default: the story in seeds/) will be read: its chapters, then for every "
                + "segment the text as written and as spoken, the voice, the pause after it and the scene, and who "
                + "says every quotation with a summary of the cast. No audio.",
        footer = {"%nExamples:", "  audiobook plan", "  audiobook plan my-story.md --json > plan.json",
            "  audiobook plan novel.txt --chapter-words 3000 --lexicon names.txt",
            "  audiobook plan typhoon.txt --cast auto",
            "  audiobook plan --pause-sentence 800 --seed 7   (the pauses a build with these options makes)",
            "%nEvery option of 'audiobook build' that changes the plan is taken here too."})
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PlanOptions planned = new PlanOptions();

    @Option(names = "--json", description = "Print the whole plan as JSON (schema in the README).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanSettings settings = planned.settings();
        Cast cast = planned.voices().cast(new FreeTtsEngine());
        PlannedBook book = BookPlanner.plan(planned.story(), null, settings, cast.casting());
        BookPlan plan = book.plan();
        plan.warnings().forEach(w -> err.println("warning: " + w));
        if (json) {
            out.println(PlanJson.write(plan, ReadingTime.DEFAULT_WPM));
            return 0;
        }
        printSummary(out, book, settings);
        CastPrinter.print(out, plan.cast());
        plan.chapters().forEach(c -> printChapter(out, c, CastPrinter.linesOf(plan.cast(), c.number())));
        out.flush();
        return 0;
    }

    private static void printSummary(PrintWriter out, PlannedBook book, PlanSettings settings) {
        BookPlan plan = book.plan();
        Manuscript manuscript = book.manuscript();
        int words = plan.chapters().stream().mapToInt(plan::wordCount).sum();
        out.printf("%s%s: %d chapter%s, %,d words, about %s at %.0f words a minute%n", plan.title(),
                plan.author() == null ? "" : ", by " + plan.author(),
                plan.chapters().size(), plan.chapters().size() == 1 ? "" : "s", words,
                Durations.format(ReadingTime.seconds(plan, ReadingTime.DEFAULT_WPM)), ReadingTime.DEFAULT_WPM);
        if (!manuscript.frontMatter().isBlank() && !settings.includeFrontMatter()) {
            out.printf("Front matter: %d words before the story, not narrated (--include-front-matter narrates them)%n",
                    Words.count(manuscript.frontMatter()));
        }
        out.println("Folder: " + book.folder() + " ('audiobook build' writes the book there; -o chooses another)");
        Lexicon lexicon = settings.lexicon();
        if (lexicon.size() > 0) {
            out.printf("Lexicon: %s, %d entr%s%n", lexicon.source(), lexicon.size(), lexicon.size() == 1 ? "y" : "ies");
        }
        out.println();
        for (ChapterPlan c : plan.chapters()) {
            out.printf("%4d  %-48s %,7d words  %8s%n", c.number(), shorten(c.title(), 48), plan.wordCount(c),
                    Durations.format(ReadingTime.seconds(c, ReadingTime.DEFAULT_WPM)));
        }
        printArc(out, plan);
    }

    private static final String BARS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    /** The scene arc: a bar a minute (the strongest weather's mean intensity), and which weather it is. */
    private static void printArc(PrintWriter out, BookPlan plan) {
        out.println();
        out.println("Scene arc, a bar a minute (the strongest weather, \u2581 none to \u2588 full):");
        for (ChapterPlan c : plan.chapters()) {
            StringBuilder bars = new StringBuilder();
            StringJoiner names = new StringJoiner(" ");
            String last = null;
            for (SceneArc.Minute m : SceneArc.perMinute(c, ReadingTime.DEFAULT_WPM)) {
                bars.append(BARS.charAt((int) Math.min(BARS.length() - 1, Math.round(m.intensity() * (BARS.length() - 1)))));
                names.add(m.channel().equals(last) ? "\u00b7" : m.channel());
                last = m.channel();
            }
            out.printf("%4d  %-14s %s%n", c.number(), bars, names);
        }
    }

    private static void printChapter(PrintWriter out, ChapterPlan chapter, java.util.Map<Integer, Line> lines) {
        out.printf("%nChapter %d: %s%n", chapter.number(), chapter.title());
        for (Segment s : chapter.segments()) {
            out.printf("  %4d  %-8s  %s %d ms  scene: %s%s%n", s.index(), s.role().name().toLowerCase(Locale.ROOT),
                    s.pauseAfter().name().toLowerCase(Locale.ROOT), s.pauseMs(), scene(s),
                    CastPrinter.speaker(s, lines.get(s.index())));
            out.println("        written: " + s.text());
            out.println("        spoken:  " + s.spoken());
        }
    }

    private static String scene(Segment s) {
        StringJoiner channels = new StringJoiner(", ");
        s.cue().intensities().forEach((channel, level) -> {
            if (level > 0) {
                channels.add(String.format(Locale.ROOT, "%s %.2f", channel, level));
            }
        });
        return channels.length() == 0 ? "-" : channels.toString();
    }

    private static String shorten(String text, int max) {
        String line = Words.of(text).stream().reduce((a, b) -> a + " " + b).orElse("");
        return line.length() <= max ? line : line.substring(0, max - 3) + "...";
    }
}
