package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.export.WavMetadata;
import audiobook.export.WavWriter;
import audiobook.speech.Cast;
import audiobook.speech.DerivedVoice;
import audiobook.speech.FreeTtsEngine;
import audiobook.speech.PitchMeter;
import audiobook.speech.SpeechClip;
import audiobook.speech.SpeechEngine;
import audiobook.speech.VoiceCatalogue;
import audiobook.speech.VoiceDescription;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audiobook voices}: the engine's voices with their sample rates, then the voices made
 * from kevin16 with their pitch as measured now (TarsosDSP YIN on a sample sentence) and their
 * word error rate as measured by {@code bench/voices-wer.sh}; {@code --sample NAME} writes one
 * voice saying the sample sentence to a WAV file.
 */
@Command(name = "voices", mixinStandardHelpOptions = true,
        description = "Lists the voices --voice and cast files can name: FreeTTS's own, with their sample rates, "
                + "and those made from kevin16, with their measured mean pitch and word error rate.",
        footer = {"%nExamples:", "  audiobook voices", "  audiobook voices --sample woman -o woman.wav",
            "  audiobook build --voice kevin16 --rate 140 --pitch 95",
            "  audiobook build --cast cast.txt", "  audiobook build --cast auto"})
final class VoicesCommand implements Callable<Integer> {

    static final String SAMPLE = "The storm came up from the south, and the captain called all hands on deck.";

    @Spec
    CommandSpec spec;

    @Option(names = "--sample", paramLabel = "NAME", description = "Write NAME saying a sample sentence to a WAV file.")
    String sample;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The sample's file (default: NAME.wav).")
    Path output;

    @Option(names = "--text", paramLabel = "TEXT", description = "What the sample says (default: a sentence about a storm).")
    String text;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SpeechEngine engine = new FreeTtsEngine();
        if (sample != null) {
            return writeSample(out, engine);
        }
        for (VoiceDescription voice : engine.voices()) {
            out.printf("%-8s %4s kHz  %s%n", voice.name(), kilohertz(voice.sampleRate()), voice.description());
        }
        out.println();
        out.println("Voices made from kevin16, for --voice and cast files (pitch: mean by YIN on a sample; word error");
        out.println("rate: PocketSphinx on the seed story, bench/voices-wer.sh):");
        out.printf("  %-12s %8s %6s  %s%n", "name", "pitch", "WER", "what it is");
        for (DerivedVoice voice : VoiceCatalogue.VOICES) {
            double pitch = PitchMeter.meanHz(engine.speak(SAMPLE, voice.settings()));
            out.printf(Locale.ROOT, "  %-12s %5.0f Hz %6s  %s%n", voice.name(), pitch,
                    VoiceCatalogue.measuredWer(voice.name()).map(w -> String.format(Locale.ROOT, "%.3f", w)).orElse("-"),
                    voice.description());
        }
        out.println("Hear one: audiobook voices --sample NAME   (writes NAME.wav)");
        out.println("Default narrator: " + Cast.DEFAULT.narrator().describe());
        out.println("Default dialogue: " + Cast.DEFAULT.dialogue().describe());
        return 0;
    }

    private int writeSample(PrintWriter out, SpeechEngine engine) throws IOException {
        DerivedVoice voice = VoiceCatalogue.find(sample).orElseThrow(() -> AudiobookException.input("--sample: unknown "
                + "voice '" + sample + "'; voices: " + String.join(", ", VoiceCatalogue.names())));
        SpeechClip clip = engine.speak(text != null ? text : SAMPLE, voice.settings());
        Path file = output != null ? output : Path.of(voice.name() + ".wav");
        try (WavWriter writer = new WavWriter(file, clip.sampleRate(), 1)) {
            writer.write(new float[][] {clip.samples()}, clip.samples().length);
            writer.commit(WavMetadata.NONE);
        } catch (IOException e) {
            throw AudiobookException.environment(file + ": cannot write the sample (" + e.getMessage() + ")", e);
        }
        out.printf(Locale.ROOT, "%s: %s, %.1f s, mean pitch %.0f Hz%n", file, voice.name(), clip.seconds(),
                PitchMeter.meanHz(clip));
        return 0;
    }

    private static String kilohertz(int hz) {
        return hz % 1000 == 0 ? String.valueOf(hz / 1000) : String.valueOf(hz / 1000.0);
    }
}
