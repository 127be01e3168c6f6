package audiobook.cli;

import audiobook.player.AudioSink;
import audiobook.player.CaptureSink;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A {@link Host} a test sets up: terminal or not, where audio goes, and a Ctrl-C it can press. */
class TestHost extends Host {

    boolean terminal;
    Supplier<AudioSink> sink = CaptureSink::new;
    String audioProblem;
    Path books = Path.of("out");
    Set<String> missingPrograms = Set.of();
    /** Why an installed player cannot play here, by name; a player not listed plays. */
    java.util.Map<String, String> playerProblems = java.util.Map.of();
    final AtomicReference<Runnable> interrupt = new AtomicReference<>();
    AudioSink lastSink;

    @Override
    boolean terminal() {
        return terminal;
    }

    @Override
    AudioSink audioSink() {
        lastSink = sink.get();
        return lastSink;
    }

    @Override
    String audioProblem() {
        return audioProblem;
    }

    @Override
    Path booksFolder() {
        return books;
    }

    @Override
    Runnable onInterrupt(Runnable action) {
        interrupt.set(action);
        return () -> interrupt.set(null);
    }

    @Override
    String playerProblem(String name, Path program) {
        return playerProblems.get(name);
    }

    @Override
    Optional<Path> findProgram(String name) {
        return missingPrograms.contains(name) ? Optional.empty() : super.findProgram(name);
    }

    /** Presses Ctrl-C from another thread, as the JVM runs a shutdown hook; returns that thread. */
    Thread pressCtrlC() {
        Runnable action = interrupt.get();
        Thread t = new Thread(action == null ? () -> { } : action, "test-ctrl-c");
        t.start();
        return t;
    }
}
