package audiobook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.Command;

/** The root command: {@code audiobook <command>}. */
@Command(name = "audiobook", mixinStandardHelpOptions = true, versionProvider = AudiobookCommand.Version.class,
        description = "Turns a story (plain text or Markdown) into a chaptered audiobook: FreeTTS narration "
                + "over an ambient soundscape, mastered to a loudness target, one WAV file per chapter.",
        subcommands = {BuildCommand.class, PlanCommand.class, CheckCommand.class, PlayCommand.class, DoctorCommand.class,
            CompletionCommand.class, VoicesCommand.class, SoundscapesCommand.class},
        footer = {"%nExamples:",
            "  audiobook build                 make the book of the story in seeds/",
            "  audiobook build --chapter 2     re-render chapter 2 only, to hear an edit",
            "  audiobook plan                  see its chapters and what the narrator will say",
            "  audiobook play                  listen to it (Ctrl-C stops)",
            "  audiobook doctor                check the voice, output folder, sound device",
            "  source <(audiobook completion bash)",
            "%nErrors are one line; add --verbose to any command for the stack trace."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug: rerun with --verbose and report it)",
            "2:usage error or invalid input (a file that cannot be read as what it should be)",
            "3:environment problem (no audio device, output not writable, a full disk, voice missing)",
            "4:check: a file misses its targets (every file was measured)",
            "130:stopped with Ctrl-C"})
public final class AudiobookCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Host host;

    AudiobookCommand(Host host) {
        this.host = host;
    }

    /** The machine around the command; subcommands reach it through {@code @ParentCommand}. */
    Host host() {
        return host;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = AudiobookCommand.class.getResourceAsStream("/audiobook/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {
                "audiobook " + p.getProperty("version", "dev"),
                "FreeTTS " + p.getProperty("freetts", "?") + " (voice kevin16), TarsosDSP " + p.getProperty("tarsos", "?"),
                "Java " + System.getProperty("java.version")};
        }
    }
}
