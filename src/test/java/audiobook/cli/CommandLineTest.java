package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.player.CaptureSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every command shares: help with examples and exit codes, one-line errors, --verbose, completion. */
class CommandLineTest {

    private final TestHost host = new TestHost();

    @Test
    void everyCommandsHelpHasExamplesAndTheExitCodes() {
        for (String command : commandNames()) {
            Cli run = Cli.run(host, command, "--help");
            assertEquals(0, run.exit(), command);
            assertTrue(run.out().contains("Examples:"), command + " help has examples");
            assertTrue(run.out().contains("Exit codes:") && run.out().contains("3     environment problem"),
                    command + " help lists exit codes");
            assertTrue(run.out().contains("--verbose"), command + " takes --verbose");
        }
        assertTrue(Cli.run(host, "--help").out().contains("130   stopped with Ctrl-C"));
    }

    /** Options of the same name that mean different things in different commands. */
    private static final java.util.Set<String> HOMONYMS = java.util.Set.of(
            "--chapter",   // build: render only chapter N; play: start at chapter N
            "--profile",   // build: which masters to write; check: which targets to judge by
            "-o", "--output");   // build: the book's folder; doctor: the folder to check; voices: the sample's file

    @Test
    void anOptionTwoCommandsTakeIsDeclaredOnceInAMixinTheyShare() {
        picocli.CommandLine root = new picocli.CommandLine(new AudiobookCommand(host));
        java.util.Map<String, java.util.Set<Class<?>>> declaredIn = new java.util.TreeMap<>();
        java.util.Map<String, java.util.Set<String>> commands = new java.util.TreeMap<>();
        root.getSubcommands().forEach((name, sub) -> sub.getCommandSpec().options().forEach(option -> {
            if (option.userObject() instanceof java.lang.reflect.Field field && !option.usageHelp() && !option.versionHelp()) {
                for (String optionName : option.names()) {
                    declaredIn.computeIfAbsent(optionName, k -> new java.util.HashSet<>()).add(field.getDeclaringClass());
                    commands.computeIfAbsent(optionName, k -> new java.util.TreeSet<>()).add(name);
                }
            }
        }));
        for (var e : commands.entrySet()) {
            if (e.getValue().size() > 1 && !HOMONYMS.contains(e.getKey())) {
                java.util.Set<Class<?>> classes = declaredIn.get(e.getKey());
                assertEquals(1, classes.size(), e.getKey() + " is declared in " + classes);
                assertEquals(null, classes.iterator().next().getAnnotation(picocli.CommandLine.Command.class),
                        e.getKey() + " comes from a mixin, not from one of the commands " + e.getValue());
            }
        }
        for (String option : List.of("--title", "--author", "--seed", "--chapter-words", "--lexicon",
                "--include-front-matter", "--no-credits", "--pause-clause", "--pause-sentence", "--pause-paragraph",
                "--pause-scene", "--pause-title", "--voice", "--rate", "--pitch", "--pitch-range", "--volume", "--cast")) {
            assertEquals(java.util.Set.of("build", "plan"), commands.get(option), option + ": build and plan alike");
        }
        assertEquals(java.util.Set.of("build"), commands.get("--cache"), "the cache is the build's alone");
    }

    @Test
    void usageErrorsAreOneLinePointingToTheHelp() {
        Cli run = Cli.run(host, "play", "--bogus");
        assertEquals(2, run.exit());
        assertEquals("audiobook: Unknown option: '--bogus' (see 'audiobook play --help')\n", run.err());
        assertEquals(2, Cli.run(host, "nosuchcommand").exit());
        assertEquals(1, Cli.run(host, "nosuchcommand").errLines());
    }

    @Test
    void errorsHintAtVerboseAndVerboseShowsTheStackTrace() {
        Cli plain = Cli.run(host, "play", "missing-book");
        assertEquals(2, plain.exit());
        assertEquals("audiobook: missing-book: no such file or folder; name a book folder or a chapter WAV"
                + " (rerun with --verbose for the stack trace)\n", plain.err());
        Cli verbose = Cli.run(host, "play", "missing-book", "--verbose");
        assertEquals(2, verbose.exit());
        assertTrue(verbose.err().contains("\tat audiobook."), verbose.err());
        assertTrue(Cli.run(host, "--verbose", "play", "missing-book").err().contains("\tat audiobook."));
    }

    @Test
    void aBugIsAnInternalErrorExitOne() throws Exception {
        host.sink = () -> new CaptureSink() {
            @Override
            public void open(int sampleRate, int channels) {
                throw new IllegalStateException("a bug");
            }
        };
        java.nio.file.Path book = audiobook.player.TinyBook.write(java.nio.file.Files.createTempDirectory("book"));
        Cli run = Cli.run(host, "play", book.toString());
        assertEquals(1, run.exit(), run.toString());
        assertEquals("audiobook: internal error: java.lang.IllegalStateException: a bug"
                + " (rerun with --verbose for the stack trace)\n", run.err());
    }

    @Test
    void completionPrintsABashScriptForEveryCommandAndOption() {
        Cli run = Cli.run(host, "completion", "bash");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("#!/usr/bin/env bash"), run.out().lines().findFirst().orElse(""));
        assertTrue(run.out().contains("complete -F _complete_audiobook"), "registers the completion function");
        for (String word : List.of("build", "play", "doctor", "completion", "--chapter", "--chapters", "--from", "--progress")) {
            assertTrue(run.out().contains(word), "completes " + word);
        }
        Cli fish = Cli.run(host, "completion", "fish");
        assertEquals(2, fish.exit());
        assertEquals(1, fish.errLines());
        assertTrue(fish.err().contains("completion bash"), fish.err());
    }

    @Test
    void versionNamesTheLibraries() {
        Cli run = Cli.run(host, "--version");
        assertEquals(0, run.exit());
        assertTrue(run.out().matches("(?s)audiobook \\S+\\nFreeTTS \\S+ \\(voice kevin16\\), TarsosDSP \\S+\\nJava .*"), run.out());
    }

    private List<String> commandNames() {
        return new picocli.CommandLine(new AudiobookCommand(host)).getSubcommands().keySet().stream().toList();
    }
}
