package audiobook.cli;

import audiobook.speech.Cast;
import audiobook.speech.FreeTtsEngine;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceDescription;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audiobook voices}: the voices narration can use, with their sample rates. */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "Lists the voices --voice and cast files can name, with their sample rates, and the "
                + "built-in narrator and dialogue voices.",
        footer = {"%nExamples:", "  audiobook voices", "  audiobook build --voice kevin16 --rate 140 --pitch 95",
            "  audiobook build --cast cast.txt"})
final class VoicesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SpeechEngine engine = new FreeTtsEngine();
        for (VoiceDescription voice : engine.voices()) {
            out.printf("%-8s %4s kHz  %s%n", voice.name(), kilohertz(voice.sampleRate()), voice.description());
        }
        out.println("Default narrator: " + Cast.DEFAULT.narrator().describe());
        out.println("Default dialogue: " + Cast.DEFAULT.dialogue().describe());
        return 0;
    }

    private static String kilohertz(int hz) {
        return hz % 1000 == 0 ? String.valueOf(hz / 1000) : String.valueOf(hz / 1000.0);
    }
}
