package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.player.AudioSink;
import audiobook.player.PlaybackPosition;
import audiobook.player.Player;
import audiobook.player.Playlist;
import audiobook.player.Track;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code audiobook play}: listens to a built book through the sound device. */
@Command(name = "play", mixinStandardHelpOptions = true,
        description = {"Plays a built book's chapters in order through the sound device, showing the chapter, "
                + "the time and the sentence being spoken. Ctrl-C stops and tells how to resume.",
            "DIR defaults to the seed story's book (out/<slug>/) or the only book in out/."},
        footer = {"%nExamples:",
            "  audiobook play",
            "  audiobook play out/my-story --chapter 2",
            "  audiobook play out/my-story --from 12:30           (12:30 into the book)",
            "  audiobook play --dry                               (narration only)",
            "  audiobook play --speed 1.25                        (faster, same pitch)",
            "  audiobook play \"out/my-story/03 The Storm.wav\" --from 1:05",
            "%nWithout a sound device it exits 3 and names the files to open in another player (ffplay, aplay)."})
final class PlayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    AudiobookCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR|FILE",
            description = "A book folder, its manifest.json, or one chapter WAV.")
    Path target;

    @Option(names = "--chapter", paramLabel = "N", description = "Start at chapter N.")
    Integer chapter;

    @Option(names = "--from", paramLabel = "MM:SS", converter = ClockTime.class,
            description = "Start this far into the chapter (with --chapter) or into the book.")
    Long fromMs;

    @Option(names = "--dry", description = "Play the dry masters (narration only, in narration/) instead of the immersive ones.")
    boolean dry;

    @Option(names = "--speed", paramLabel = "X", defaultValue = "1",
            description = "Play X times as fast, from 0.5 to 2.0, at the same pitch (default: ${DEFAULT-VALUE}); "
                    + "times shown stay the book's.")
    double speed;

    @Override
    public Integer call() {
        if (!(speed >= Player.MIN_SPEED && speed <= Player.MAX_SPEED)) {
            throw AudiobookException.input("--speed must be from " + Player.MIN_SPEED + " to " + Player.MAX_SPEED
                    + ", not " + speedText() + " (1.25 plays a minute of the book in 48 s)");
        }
        Host host = root.host();
        PrintWriter out = spec.commandLine().getOut();
        Path book = target != null ? target : DefaultBook.find(host.booksFolder());
        Playlist playlist = Playlist.load(book, dry);
        StartPoint start = StartPoint.of(playlist, chapter, fromMs == null ? 0 : fromMs);
        AudioSink sink = host.audioSink();
        Player player = new Player(sink, speed);
        CountDownLatch finished = new CountDownLatch(1);
        try {
            player.openFor(playlist.tracks().get(start.trackIndex()));
        } catch (AudiobookException e) {
            sink.close();
            throw noDevice(e, playlist, start, host);
        }
        // Ctrl-C: stop the line at once, then let this thread say where it stopped before the JVM exits.
        Runnable unregister = host.onInterrupt(() -> {
            player.stop();
            awaitQuietly(finished);
        });
        PlaybackDisplay display = new PlaybackDisplay(out, host.terminal(), playlist);
        PlaybackPosition end;
        try {
            display.header();
            end = player.play(playlist, start.trackIndex(), start.ms(), display);
            display.close();
            if (!end.finished()) {
                Track at = playlist.tracks().get(end.trackIndex());
                out.printf("Stopped in chapter %d at %s. Resume with: audiobook play \"%s\" --chapter %d --from %s%s%s%n",
                        at.number(), Durations.format(end.ms() / 1000.0), book, at.number(),
                        Durations.format(end.ms() / 1000.0), dry ? " --dry" : "", speed == 1 ? "" : " --speed " + speedText());
            } else {
                out.printf("Finished \"%s\".%n", playlist.title());
            }
            out.flush();
        } finally {
            sink.close();
            finished.countDown();
            unregister.run();
        }
        return end.finished() ? 0 : 130;
    }

    /**
     * No sound device: one line saying which player here can play the files instead, from where
     * {@code --chapter}/{@code --from} start, and where the files are ({@code narration/} with
     * {@code --dry}); a player is suggested only when it is installed and opens an output.
     */
    static AudiobookException noDevice(AudiobookException e, Playlist playlist, StartPoint start, Host host) {
        if (e.kind() != AudiobookException.Kind.ENVIRONMENT) {
            return e;
        }
        int files = playlist.tracks().size() - start.trackIndex();
        Path first = playlist.tracks().get(start.trackIndex()).file();
        Path folder = first.toAbsolutePath().getParent();
        String where = files > 1 ? " (" + files + " files in " + folder + ")" : "";
        StringBuilder problems = new StringBuilder();
        for (String player : java.util.List.of("ffplay", "aplay")) {
            java.util.Optional<Path> program = host.findProgram(player);
            if (program.isEmpty()) {
                continue;
            }
            String problem = host.playerProblem(player, program.get());
            if (problem == null) {
                String command = player.equals("ffplay")
                        ? "ffplay -nodisp -autoexit" + (start.ms() > 0 ? " -ss " + seconds(start.ms()) : "") + " \"" + first + "\""
                        : "aplay \"" + first + "\"" + (start.ms() > 0 ? " (from the start: aplay cannot seek)" : "");
                return new AudiobookException(AudiobookException.Kind.ENVIRONMENT, e.getMessage()
                        + "; play the files with another player, e.g. " + command + where, e);
            }
            problems.append(problems.length() == 0 ? "" : "; ").append(player).append(": ").append(problem);
        }
        return new AudiobookException(AudiobookException.Kind.ENVIRONMENT, e.getMessage()
                + "; " + (problems.length() == 0 ? "no other player is installed here (ffplay, aplay)"
                        : "no other player here can open an audio output either (" + problems + ")")
                + "; copy the files to a machine with sound" + (where.isEmpty() ? " (" + first + ")" : where), e);
    }

    /** The speed as it was given: 1.25, not 1.250000. */
    private String speedText() {
        return Double.isFinite(speed) ? java.math.BigDecimal.valueOf(speed).stripTrailingZeros().toPlainString()
                : String.valueOf(speed);
    }

    /** "65" or "65.5": a start time ffplay's -ss takes. */
    private static String seconds(long ms) {
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.format(java.util.Locale.ROOT, "%.3f", ms / 1000.0);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
