package audiobook.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The manifest written beside the audio as {@code manifest.json}; its schema is documented in the
 * README. Times are milliseconds from the start of the chapter's file.
 */
public record BookManifest(
        @JsonProperty("schema") int schema,
        @JsonProperty("title") String title,
        @JsonProperty("author") String author,
        @JsonProperty("soundscape") String soundscape,
        @JsonProperty("seed") long seed,
        @JsonProperty("front_matter") String frontMatter,
        @JsonProperty("duration_ms") long durationMs,
        @JsonProperty("chapters") List<ChapterEntry> chapters) {

    public record ChapterEntry(
            @JsonProperty("number") int number,
            @JsonProperty("title") String title,
            @JsonProperty("file") String file,
            @JsonProperty("dry_file") String dryFile,
            @JsonProperty("captions") String captions,
            @JsonProperty("duration_ms") long durationMs,
            @JsonProperty("integrated_lufs") Double integratedLufs,
            @JsonProperty("true_peak_dbtp") Double truePeakDbtp,
            @JsonProperty("segments") List<SegmentEntry> segments) {
    }

    public record SegmentEntry(
            @JsonProperty("index") int index,
            @JsonProperty("text") String text,
            @JsonProperty("spoken") String spoken,
            @JsonProperty("role") String role,
            @JsonProperty("start_ms") long startMs,
            @JsonProperty("end_ms") long endMs,
            @JsonProperty("pause_after") String pauseAfter,
            @JsonProperty("scene") Map<String, Double> scene,
            @JsonProperty("kind") String kind) {
    }
}
