package audiobook.export;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        @JsonProperty("chapters") List<ChapterEntry> chapters,
        @JsonProperty("m4b") @JsonInclude(JsonInclude.Include.NON_NULL) String m4b,
        @JsonProperty("cover") @JsonInclude(JsonInclude.Include.NON_NULL) String cover) {

    /** Without an M4B or cover (a WAV-only build). */
    public BookManifest(int schema, String title, String author, String soundscape, long seed, String frontMatter,
                        long durationMs, List<ChapterEntry> chapters) {
        this(schema, title, author, soundscape, seed, frontMatter, durationMs, chapters, null, null);
    }

    /** This manifest with other chapters (same order) and the book-wide files named, relative to the book's folder. */
    public BookManifest withFiles(List<ChapterEntry> newChapters, String newM4b, String newCover) {
        return new BookManifest(schema, title, author, soundscape, seed, frontMatter, durationMs, newChapters, newM4b,
                newCover);
    }

    /**
     * @param mp3    the MP3 of {@code file}, when one was encoded
     * @param dryMp3 the MP3 of {@code dry_file}, when one was encoded
     */
    public record ChapterEntry(
            @JsonProperty("number") int number,
            @JsonProperty("title") String title,
            @JsonProperty("file") String file,
            @JsonProperty("dry_file") String dryFile,
            @JsonProperty("captions") String captions,
            @JsonProperty("duration_ms") long durationMs,
            @JsonProperty("integrated_lufs") Double integratedLufs,
            @JsonProperty("true_peak_dbtp") Double truePeakDbtp,
            @JsonProperty("segments") List<SegmentEntry> segments,
            @JsonProperty("mp3") @JsonInclude(JsonInclude.Include.NON_NULL) String mp3,
            @JsonProperty("dry_mp3") @JsonInclude(JsonInclude.Include.NON_NULL) String dryMp3) {

        /** Without MP3s. */
        public ChapterEntry(int number, String title, String file, String dryFile, String captions, long durationMs,
                            Double integratedLufs, Double truePeakDbtp, List<SegmentEntry> segments) {
            this(number, title, file, dryFile, captions, durationMs, integratedLufs, truePeakDbtp, segments, null, null);
        }

        public ChapterEntry withMp3s(String newMp3, String newDryMp3) {
            return new ChapterEntry(number, title, file, dryFile, captions, durationMs, integratedLufs, truePeakDbtp,
                    segments, newMp3, newDryMp3);
        }
    }

    public record SegmentEntry(
            @JsonProperty("index") int index,
            @JsonProperty("text") String text,
            @JsonProperty("spoken") String spoken,
            @JsonProperty("role") String role,
            @JsonProperty("speaker") String speaker,
            @JsonProperty("voice") String voice,
            @JsonProperty("start_ms") long startMs,
            @JsonProperty("end_ms") long endMs,
            @JsonProperty("pause_after") String pauseAfter,
            @JsonProperty("scene") Map<String, Double> scene,
            @JsonProperty("kind") String kind) {

        /** A segment with no speaker, read by the voice its role implies. */
        public SegmentEntry(int index, String text, String spoken, String role, long startMs, long endMs,
                            String pauseAfter, Map<String, Double> scene, String kind) {
            this(index, text, spoken, role, null, role, startMs, endMs, pauseAfter, scene, kind);
        }
    }
}
