package audiobook.cli;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import audiobook.pipeline.BuildResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The closing lines of {@code audiobook build}: what was made, how fast, where it is, what fell short. */
final class BuildSummary {

    private BuildSummary() {
    }

    static void print(PrintWriter out, BuildResult result, List<String> warnings) {
        print(out, result, warnings, List.of());
    }

    /** @param removed files of earlier builds the book no longer has, which this build removed */
    static void print(PrintWriter out, BuildResult result, List<String> warnings, List<String> removed) {
        List<ExportedChapter> chapters = result.chapters();
        int all = result.plan().chapters().size();
        String what = chapters.size() == all ? all + " chapter" + (all == 1 ? "" : "s")
                : "chapter" + (chapters.size() == 1 ? " " : "s ") + ProgressLines.chapterRange(
                        chapters.stream().map(ExportedChapter::plan).toList()) + " of " + all;
        out.printf("Built \"%s\": %s, %s of audio, soundscape %s%n", result.plan().title(), what,
                Durations.format(result.audioSeconds()), result.soundscape());
        int segments = chapters.stream().mapToInt(c -> c.plan().segments().size()).sum();
        out.printf("  took %.1f s, %s; %d segments spoken%n", result.wallSeconds(),
                BuildWork.timesRealTime(result.audioSeconds() / Math.max(1e-9, result.wallSeconds())), segments);
        out.println("  " + SynthesisSummary.of(result.synthesis()));
        for (DeliveryProfile profile : DeliveryProfile.values()) {
            List<LoudnessReport> files = chapters.stream().flatMap(c -> c.files().stream())
                    .filter(f -> f.profile() == profile).map(ExportedFile::loudness).toList();
            if (files.isEmpty()) {
                continue;
            }
            out.println(profile == DeliveryProfile.IMMERSIVE
                    ? String.format("  immersive: %s LUFS, true peak at most %.1f dBTP",
                            range(files, LoudnessReport::integratedLufs), max(files, LoudnessReport::truePeakDbtp))
                    : String.format("  dry: RMS %s dBFS, peak at most %.1f dBFS, noise floor at most %.1f dBFS",
                            range(files, LoudnessReport::rmsDbfs), max(files, LoudnessReport::samplePeakDbfs),
                            max(files, LoudnessReport::noiseFloorDbfs)));
        }
        printEncoded(out, result);
        long total = chapters.stream().mapToLong(c -> c.files().size()).sum() + result.encoded().size();
        long missed = chapters.stream().flatMap(c -> c.files().stream()).filter(f -> !f.passes()).count()
                + result.encoded().stream().filter(f -> !f.passes()).count();
        out.println(missed == 0 ? "  all " + total + " files meet their targets"
                : "  " + missed + " of " + total + " files miss their targets (see the warnings and report.txt)");
        out.printf("  files in %s (listen: audiobook play \"%s\")%n", result.folder(), result.folder());
        if (!removed.isEmpty()) {
            out.printf("  removed %d file%s of earlier builds that the book no longer has: %s%n", removed.size(),
                    removed.size() == 1 ? "" : "s", String.join(", ", removed));
        }
        if (warnings.isEmpty()) {
            out.println("  no warnings");
        } else {
            out.printf("  %d warning%s:%n", warnings.size(), warnings.size() == 1 ? "" : "s");
            warnings.forEach(w -> out.println("    " + w));
        }
        out.flush();
    }

    /** One line per encoded format: how many files, and their figures as they decode. */
    private static void printEncoded(PrintWriter out, BuildResult result) {
        List<ExportedFile> mp3s = result.encoded().stream().filter(f -> name(f).endsWith(".mp3")).toList();
        if (!mp3s.isEmpty()) {
            out.printf("  mp3: %d file%s, 192 kbps CBR, 44.1 kHz, tagged%s%n", mp3s.size(), mp3s.size() == 1 ? "" : "s",
                    decoded(mp3s));
        }
        result.encoded().stream().filter(f -> name(f).endsWith(".m4b")).forEach(m4b -> out.printf(
                "  m4b: %s, %d chapter marks, AAC%s%n", m4b.path().getFileName(), result.plan().chapters().size(),
                decoded(List.of(m4b))));
    }

    private static String decoded(List<ExportedFile> files) {
        if (files.stream().anyMatch(f -> f.loudness() == null)) {
            return " (not measured: install ffmpeg to measure them as they decode)";
        }
        StringBuilder s = new StringBuilder("; as decoded:");
        for (DeliveryProfile profile : DeliveryProfile.values()) {
            List<LoudnessReport> r = files.stream().filter(f -> f.profile() == profile).map(ExportedFile::loudness).toList();
            if (r.isEmpty()) {
                continue;
            }
            s.append(profile == DeliveryProfile.IMMERSIVE
                    ? String.format(" immersive %s LUFS, true peak at most %.1f dBTP;", range(r, LoudnessReport::integratedLufs),
                            max(r, LoudnessReport::truePeakDbtp))
                    : String.format(" dry RMS %s dBFS, peak at most %.1f dBFS;", range(r, LoudnessReport::rmsDbfs),
                            max(r, LoudnessReport::samplePeakDbfs)));
        }
        return s.substring(0, s.length() - 1);
    }

    private static String name(ExportedFile f) {
        return f.path().getFileName().toString();
    }

    private static String range(List<LoudnessReport> files, ToDoubleFunction<LoudnessReport> figure) {
        double low = files.stream().mapToDouble(figure).min().orElse(0);
        double high = files.stream().mapToDouble(figure).max().orElse(0);
        return span(low, high);
    }

    /** "-20.9 to -20.5", or one figure where both print alike: -20.94 and -20.86 are "-20.9", not "-20.9 to -20.9". */
    static String span(double low, double high) {
        String lowText = String.format("%.1f", low);
        String highText = String.format("%.1f", high);
        return lowText.equals(highText) ? highText : lowText + " to " + highText;
    }

    private static double max(List<LoudnessReport> files, ToDoubleFunction<LoudnessReport> figure) {
        return files.stream().mapToDouble(figure).max().orElse(0);
    }
}
