package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebVttWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesHeaderNumberedCuesTimesAndEscapedWrappedText() {
        String vtt = WebVttWriter.format(List.of(
                new Caption(0, 1200, "Chapter One."),
                new Caption(1500, 4200, "Tom & Jerry said <hello> --> and then the wind rose over the moor.")));
        assertEquals("""
                WEBVTT

                1
                00:00:00.000 --> 00:00:01.200
                Chapter One.

                2
                00:00:01.500 --> 00:00:04.200
                Tom &amp; Jerry said &lt;hello&gt; --&gt; and then the
                wind rose over the moor.
                """, vtt);
    }

    @Test
    void formatsTimestampsWithHoursAndMilliseconds() {
        assertEquals("00:00:00.000", WebVttWriter.timestamp(0));
        assertEquals("00:00:59.999", WebVttWriter.timestamp(59_999));
        assertEquals("01:02:03.004", WebVttWriter.timestamp(3_723_004));
        assertEquals("100:00:00.001", WebVttWriter.timestamp(360_000_001L));
    }

    @Test
    void blankLinesInsideTextCannotSplitACue() {
        String vtt = WebVttWriter.format(List.of(new Caption(0, 10, "First part.\n\n\tSecond  part.")));
        assertTrue(vtt.endsWith("00:00:00.000 --> 00:00:00.010\nFirst part. Second part.\n"), vtt);
    }

    @Test
    void aWordLongerThanALineKeepsALineOfItsOwn() {
        String word = "Honorificabilitudinitatibus-and-more-and-more-still";
        assertEquals(List.of("a", word, "b c"), WebVttWriter.wrap("a " + word + " b c", 42));
    }

    @Property
    void wrappingNeverDropsTextAndKeepsLinesShort(@ForAll @StringLength(max = 400) String text,
                                                  @ForAll @IntRange(min = 5, max = 60) int width) {
        List<String> lines = WebVttWriter.wrap(text, width);
        String normalised = text.strip().replaceAll("\\s+", " ");
        // Java's \s and strip() disagree on a few Unicode spaces; compare on the split words.
        assertEquals(List.of(normalised.split("\\s+")).stream().filter(w -> !w.isEmpty()).toList(),
                List.of(String.join(" ", lines).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList());
        for (String line : lines) {
            assertTrue(line.length() <= width || !line.contains(" "), "too long: " + line);
        }
    }

    @Test
    void rejectsCuesOutOfOrderAndEmptyOrBackwardTimes() {
        Path file = dir.resolve("01 One.vtt");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WebVttWriter.write(file,
                List.of(new Caption(5000, 6000, "second"), new Caption(1000, 2000, "first"))));
        assertTrue(e.getMessage().contains("01 One.vtt") && e.getMessage().contains("caption 2"), e.getMessage());
        assertTrue(Files.notExists(file));
        assertThrows(IllegalArgumentException.class, () -> new Caption(100, 100, "zero length"));
        assertThrows(IllegalArgumentException.class, () -> new Caption(-1, 100, "negative"));
    }

    @Test
    void writesUtf8File() throws IOException {
        Path file = dir.resolve("captions/01 One.vtt");
        WebVttWriter.write(file, List.of(new Caption(0, 900, "Café — “storm”")));
        assertTrue(Files.readString(file).contains("\nCafé — “storm”\n"));
    }
}
