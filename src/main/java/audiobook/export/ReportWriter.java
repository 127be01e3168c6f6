package audiobook.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The loudness report beside the audio: {@code report.txt} for people and {@code report.json}
 * for tools, one entry per file with its figures and pass/fail against its profile: the WAV
 * masters, then the encoded files (MP3, M4B) as they decode. An encoded file that could not be
 * measured (no ffmpeg) has null figures and says so.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static void write(Path folder, List<ExportedChapter> chapters) throws IOException {
        write(folder, chapters, List.of());
    }

    /** @param encoded the MP3s and M4B, measured as they decode (null figures when they could not be) */
    public static void write(Path folder, List<ExportedChapter> chapters, List<ExportedFile> encoded)
            throws IOException {
        List<ExportedFile> files = new ArrayList<>(chapters.stream().flatMap(c -> c.files().stream()).toList());
        files.addAll(encoded);
        AtomicFiles.writeString(folder.resolve("report.txt"), text(folder, files));
        AtomicFiles.writeString(folder.resolve("report.json"), JSON.writeValueAsString(json(folder, files)) + "\n");
    }

    static String text(Path folder, List<ExportedFile> files) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %-9s %8s %8s %8s %8s %8s %7s  %s%n",
                "file", "profile", "LUFS", "RMS", "TP dBTP", "peak", "floor", "seconds", "result"));
        for (ExportedFile f : files) {
            var r = f.loudness();
            if (r == null) {
                out.append(String.format(Locale.ROOT, "%-40s %-9s %8s %8s %8s %8s %8s %7s  %s%n",
                        folder.relativize(f.path()), f.profile().name().toLowerCase(Locale.ROOT), "-", "-", "-", "-",
                        "-", "-", "not measured (install ffmpeg to measure encoded files)"));
                continue;
            }
            out.append(String.format(Locale.ROOT, "%-40s %-9s %8.1f %8.1f %8.1f %8.1f %8.1f %7.1f  %s%n",
                    folder.relativize(f.path()), f.profile().name().toLowerCase(Locale.ROOT), r.integratedLufs(),
                    r.rmsDbfs(), r.truePeakDbtp(), r.samplePeakDbfs(), r.noiseFloorDbfs(), r.durationSeconds(),
                    f.passes() ? "pass" : "FAIL: " + String.join("; ", f.failures())));
        }
        long failed = files.stream().filter(f -> !f.passes()).count();
        out.append(failed == 0 ? "All files meet their targets.\n" : failed + " file(s) miss their targets.\n");
        return out.toString();
    }

    private static List<Map<String, Object>> json(Path folder, List<ExportedFile> files) {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ExportedFile f : files) {
            var r = f.loudness();
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", folder.relativize(f.path()).toString());
            e.put("format", format(f.path()));
            e.put("profile", f.profile().name().toLowerCase(Locale.ROOT));
            if (r == null) {
                e.put("measured", false);
                e.put("pass", f.passes());
                e.put("failures", f.failures());
                entries.add(e);
                continue;
            }
            e.put("integrated_lufs", finite(r.integratedLufs()));
            e.put("rms_dbfs", finite(r.rmsDbfs()));
            e.put("true_peak_dbtp", finite(r.truePeakDbtp()));
            e.put("sample_peak_dbfs", finite(r.samplePeakDbfs()));
            e.put("noise_floor_dbfs", finite(r.noiseFloorDbfs()));
            e.put("loudness_range_lu", finite(r.loudnessRangeLu()));
            e.put("duration_seconds", finite(r.durationSeconds()));
            e.put("clipped_samples", f.clippedSamples());
            e.put("pass", f.passes());
            e.put("failures", f.failures());
            entries.add(e);
        }
        return entries;
    }

    /** "wav", "mp3", "m4b": the file's extension. */
    static String format(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** JSON has no infinity: silence's -inf dB is written as null. */
    static Double finite(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
