package audiobook.plan;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan as JSON, for {@code audiobook plan --json}: the schema is documented in the README
 * ("The plan as JSON"). Field names are snake_case; enums are lower case; durations are seconds
 * rounded to a tenth.
 */
public final class PlanJson {

    public static final int SCHEMA = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public record Document(
            @JsonProperty("schema") int schema,
            @JsonProperty("title") String title,
            @JsonProperty("author") String author,
            @JsonProperty("slug") String slug,
            @JsonProperty("seed") long seed,
            @JsonProperty("front_matter") String frontMatter,
            @JsonProperty("credits") Credits credits,
            @JsonProperty("words_per_minute") double wordsPerMinute,
            @JsonProperty("word_count") int wordCount,
            @JsonProperty("estimated_seconds") double estimatedSeconds,
            @JsonProperty("warnings") List<String> warnings,
            @JsonProperty("cast") CastEntry cast,
            @JsonProperty("chapters") List<ChapterEntry> chapters) {
    }

    /** Who speaks: the characters found, and how many quotations nobody could be found for. */
    public record CastEntry(
            @JsonProperty("quotations") int quotations,
            @JsonProperty("unattributed") int unattributed,
            @JsonProperty("characters") List<CharacterEntry> characters) {
    }

    public record CharacterEntry(
            @JsonProperty("name") String name,
            @JsonProperty("gender") String gender,
            @JsonProperty("lines") int lines,
            @JsonProperty("attributed") Map<String, Integer> attributed,
            @JsonProperty("voice") String voice) {
    }

    public record ChapterEntry(
            @JsonProperty("number") int number,
            @JsonProperty("title") String title,
            @JsonProperty("word_count") int wordCount,
            @JsonProperty("estimated_seconds") double estimatedSeconds,
            @JsonProperty("segments") List<SegmentEntry> segments) {
    }

    public record SegmentEntry(
            @JsonProperty("index") int index,
            @JsonProperty("text") String text,
            @JsonProperty("spoken") String spoken,
            @JsonProperty("role") String role,
            @JsonProperty("speaker") String speaker,
            @JsonProperty("voice") String voice,
            @JsonProperty("pause_after") String pauseAfter,
            @JsonProperty("pause_ms") int pauseMs,
            @JsonProperty("scene") Map<String, Double> scene,
            @JsonProperty("kind") String kind) {
    }

    private PlanJson() {
    }

    public static Document document(BookPlan plan, double wordsPerMinute) {
        List<ChapterEntry> chapters = plan.chapters().stream().map(c -> new ChapterEntry(c.number(), c.title(),
                plan.wordCount(c), tenths(ReadingTime.seconds(c, wordsPerMinute)), c.segments().stream()
                        .map(s -> new SegmentEntry(s.index(), s.text(), s.spoken(), lower(s.role()), s.speaker(),
                                s.voice(), lower(s.pauseAfter()), s.pauseMs(), s.cue().intensities(),
                                lower(plan.kindOf(c, s))))
                        .toList())).toList();
        return new Document(SCHEMA, plan.title(), plan.author(), plan.slug(), plan.seed(), plan.frontMatter(),
                plan.credits(), wordsPerMinute, chapters.stream().mapToInt(ChapterEntry::wordCount).sum(),
                tenths(ReadingTime.seconds(plan, wordsPerMinute)), plan.warnings(), cast(plan.cast()), chapters);
    }

    private static CastEntry cast(CastSummary cast) {
        List<CharacterEntry> characters = cast.members().stream().map(m -> {
            Map<String, Integer> how = new java.util.LinkedHashMap<>();
            m.how().forEach((kind, n) -> how.put(kind.label(), n));
            return new CharacterEntry(m.name(), lower(m.gender()), m.lines(), how,
                    m.voice() != null ? m.voice() : Casting.DIALOGUE);
        }).toList();
        return new CastEntry(cast.lineCount(), cast.unattributed(), characters);
    }

    public static String write(BookPlan plan, double wordsPerMinute) {
        try {
            return JSON.writeValueAsString(document(plan, wordsPerMinute));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the plan as JSON", e);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static double tenths(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }
}
