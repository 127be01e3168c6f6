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
 * for tools, one entry per file with its figures and pass/fail against its profile.
 */
public final class ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    public static void write(Path folder, List<ExportedChapter> chapters) throws IOException {
        List<ExportedFile> files = chapters.stream().flatMap(c -> c.files().stream()).toList();
        AtomicFiles.writeString(folder.resolve("report.txt"), text(folder, files));
        AtomicFiles.writeString(folder.resolve("report.json"), JSON.writeValueAsString(json(folder, files)) + "\n");
    }

    static String text(Path folder, List<ExportedFile> files) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-40s %-9s %8s %8s %8s %8s %8s %7s  %s%n",
                "file", "profile", "LUFS", "RMS", "TP dBTP", "peak", "floor", "seconds", "result"));
        for (ExportedFile f : files) {
            var r = f.loudness();
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
            e.put("profile", f.profile().name().toLowerCase(Locale.ROOT));
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

    /** JSON has no infinity: silence's -inf dB is written as null. */
    static Double finite(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
