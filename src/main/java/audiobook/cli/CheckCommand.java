package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.export.WavAudio;
import audiobook.export.WavReader;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessMeter;
import audiobook.mix.LoudnessReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audiobook check}: measures WAV files and judges them against a delivery profile. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Measures WAV files (8-48 kHz, mono or stereo, 16/24-bit PCM or 32-bit float): integrated "
                + "loudness, RMS, true peak, sample peak, noise floor, duration, and pass/fail.",
        footer = {"%nThe profile defaults to dry for mono files and immersive for stereo ones.",
            "Exit 0 when every file passes, 1 when any fails, 2 when a file cannot be read.",
            "%nExamples:", "  audiobook check out/jasper-and-rusty/*.wav",
            "  audiobook check --profile dry out/jasper-and-rusty/narration/*.wav"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "WAV files to measure.")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "immersive|dry", description = "The targets to check against.")
    DeliveryProfile profile;

    @Option(names = "--verbose", description = "Print stack traces for errors.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "%-9s %8s %8s %8s %8s %8s %8s  %s", "profile", "LUFS", "RMS", "TP dBTP",
                "peak", "floor", "seconds", "file"));
        boolean allPass = true;
        for (Path file : files) {
            WavAudio audio = read(file);
            LoudnessReport r = LoudnessMeter.measure(audio.channels(), audio.sampleRate());
            DeliveryProfile p = profile != null ? profile
                    : audio.channels().length == 1 ? DeliveryProfile.DRY : DeliveryProfile.IMMERSIVE;
            List<String> failures = p.failures(r);
            allPass &= failures.isEmpty();
            out.println(String.format(Locale.ROOT, "%-9s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f  %s  %s",
                    p.name().toLowerCase(Locale.ROOT), r.integratedLufs(), r.rmsDbfs(), r.truePeakDbtp(),
                    r.samplePeakDbfs(), r.noiseFloorDbfs(), r.durationSeconds(), file,
                    failures.isEmpty() ? "pass" : "FAIL: " + String.join("; ", failures)));
        }
        return allPass ? 0 : 1;
    }

    private static WavAudio read(Path file) {
        try {
            WavAudio audio = WavReader.read(file);
            if (audio.channels().length > 2) {
                throw AudiobookException.input(file + ": has " + audio.channels().length
                        + " channels; check measures mono or stereo files");
            }
            return audio;
        } catch (java.nio.file.NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such file");
        } catch (IOException e) {
            throw AudiobookException.input(e.getMessage().startsWith(file.toString()) ? e.getMessage()
                    : file + ": " + e.getMessage());
        }
    }
}
