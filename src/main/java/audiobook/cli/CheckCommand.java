package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.export.WavFormat;
import audiobook.export.WavReader;
import audiobook.export.WavSampleStream;
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
        description = "Measures WAV files (8-384 kHz, mono or stereo, 8/16/24/32-bit PCM or 32/64-bit float, any "
                + "length): integrated "
                + "loudness, RMS, true peak, sample peak, noise floor, duration, and pass/fail.",
        footer = {"%nThe profile defaults to dry for mono files and immersive for stereo ones.",
            "Exit 0 when every file passes, " + CheckCommand.TARGET_MISSED + " when any misses a target, 2 when a file "
                    + "cannot be read (then it stops there).",
            "%nExamples:", "  audiobook check out/jasper-and-rusty/*.wav",
            "  audiobook check --profile dry out/jasper-and-rusty/narration/*.wav"})
final class CheckCommand implements Callable<Integer> {

    /** The exit code when every file was measured and one misses its targets: neither bad input (2) nor I/O (3). */
    static final int TARGET_MISSED = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "WAV files to measure.")
    List<Path> files;

    @Option(names = "--profile", paramLabel = "immersive|dry", description = "The targets to check against.")
    DeliveryProfile profile;

    /** The rates the meter is defined for: K-weighting and true peak need at least 8 kHz. */
    static final int MIN_RATE = 8000;
    static final int MAX_RATE = 384000;
    private static final int BLOCK = 16384;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allPass = true;
        boolean header = false;
        for (Path file : files) {
            Measured m = measure(file);
            if (!header) {
                // After the first file is read: a file that cannot be read is then the only line.
                out.println(String.format(Locale.ROOT, "%-9s %8s %8s %8s %8s %8s %8s  %s", "profile", "LUFS", "RMS",
                        "TP dBTP", "peak", "floor", "seconds", "file"));
                header = true;
            }
            LoudnessReport r = m.report();
            DeliveryProfile p = profile != null ? profile
                    : m.channels() == 1 ? DeliveryProfile.DRY : DeliveryProfile.IMMERSIVE;
            List<String> failures = p.failures(r);
            allPass &= failures.isEmpty();
            out.println(String.format(Locale.ROOT, "%-9s %8.1f %8.1f %8.1f %8.1f %8.1f %8.1f  %s  %s",
                    p.name().toLowerCase(Locale.ROOT), r.integratedLufs(), r.rmsDbfs(), r.truePeakDbtp(),
                    r.samplePeakDbfs(), r.noiseFloorDbfs(), r.durationSeconds(), file,
                    failures.isEmpty() ? "pass" : "FAIL: " + String.join("; ", failures)));
            out.flush();
        }
        return allPass ? 0 : TARGET_MISSED;
    }

    private record Measured(int channels, LoudnessReport report) {
    }

    /**
     * Streams the file through the meter block by block, so memory stays the same for any
     * length; the figures are those of the whole file measured at once (the meter keeps its
     * state across blocks).
     */
    private static Measured measure(Path file) {
        String problem = audiobook.io.Disk.unreadable(file, Long.MAX_VALUE);
        if (problem != null) {
            throw AudiobookException.input(file + ": " + (problem.equals("does not exist") ? "no such file" : problem));
        }
        try (WavSampleStream in = WavReader.open(file)) {
            WavFormat format = in.info().format();
            if (format.channels() > 2) {
                throw AudiobookException.input(file + ": has " + format.channels()
                        + " channels; check measures mono or stereo files");
            }
            if (format.sampleRate() < MIN_RATE || format.sampleRate() > MAX_RATE) {
                throw AudiobookException.input(file + ": its sample rate is " + format.sampleRate() + " Hz; check "
                        + "measures files from " + MIN_RATE / 1000 + " to " + MAX_RATE / 1000 + " kHz");
            }
            LoudnessMeter meter = new LoudnessMeter(format.channels(), format.sampleRate());
            float[][] block = new float[format.channels()][BLOCK];
            for (int n; (n = in.read(block)) > 0; ) {
                for (float[] channel : block) {
                    for (int i = 0; i < n; i++) {
                        if (!Float.isFinite(channel[i])) {
                            throw AudiobookException.input(file + ": holds samples that are not numbers (NaN or "
                                    + "infinity); it is not a valid recording");
                        }
                    }
                }
                meter.accept(block, n);
            }
            return new Measured(format.channels(), meter.report());
        } catch (java.nio.file.NoSuchFileException e) {
            throw AudiobookException.input(file + ": no such file");
        } catch (IOException e) {
            String message = e.getMessage() == null ? audiobook.io.Disk.reason(e) : e.getMessage();
            throw AudiobookException.input(message.startsWith(file.toString()) ? message : file + ": " + message);
        }
    }
}
