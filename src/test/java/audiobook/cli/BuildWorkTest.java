package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PauseKind;
import audiobook.plan.SceneCue;
import audiobook.plan.Segment;
import audiobook.plan.VoiceRole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildWorkTest {

    private static ExportedChapter written(ChapterPlan plan, double seconds) {
        return new ExportedChapter(plan, seconds, new long[1], new long[1], List.of(new ExportedFile(Path.of("x.wav"),
                DeliveryProfile.IMMERSIVE, new LoudnessReport(-18, -20, -1, -1, -60, seconds, 0), 0, List.of())));
    }

    /** A chapter of segments with no pauses, so that its estimate is its words at 150 a minute (0.4 s a word). */
    private static ChapterPlan chapter(int number, String... texts) {
        List<Segment> segments = new java.util.ArrayList<>();
        for (String text : texts) {
            segments.add(new Segment(segments.size(), text, text, VoiceRole.NARRATOR, PauseKind.SENTENCE, 0, SceneCue.NONE));
        }
        return new ChapterPlan(number, "Chapter " + number, segments);
    }

    @Test
    void speechCountsOnceAndRenderingTwiceWeighedByTheChaptersLengths() {
        ChapterPlan one = chapter(1, "one two three", "four five six");   // 6 words
        ChapterPlan two = chapter(2, "seven eight");                      // 2 words
        BuildWork work = new BuildWork();
        work.start(List.of(one, two));
        double total = work.totalSeconds();
        double seconds = total / 8;                                         // a word's share
        work.segmentsSpoken(one, 1);                                        // half the speech of chapter one
        assertEquals(3 * seconds / 3 / total, work.fraction(), 1e-9);
        work.spoken(one);
        assertEquals(6 * seconds / 3 / total, work.fraction(), 1e-9);
        work.rendering(one, 0.5);                                           // and half its rendering
        assertEquals((6 * seconds / 3 + 6 * seconds * 2 / 3 * 0.5) / total, work.fraction(), 1e-9);
        work.done(written(one, 60));
        assertEquals(6.0 / 8, work.fraction(), 1e-9);
        work.spoken(two);
        work.done(written(two, 30));
        assertEquals(1.0, work.fraction(), 1e-12);
        assertEquals("done · 45× real time", work.status(2));
    }

    @Test
    void theBarMovesWithinAChapterAsItsSegmentsAreSpokenAndItsBlocksRendered() {
        ChapterPlan one = chapter(1, "a b", "c d", "e f", "g h");
        BuildWork work = new BuildWork();
        work.start(List.of(one));
        double before = work.fraction();
        for (int i = 1; i <= 4; i++) {
            work.segmentsSpoken(one, i);
            assertTrue(work.fraction() > before, "segment " + i);
            before = work.fraction();
        }
        for (int tenths = 1; tenths <= 9; tenths++) {
            double share = tenths / 10.0;
            work.rendering(one, share);
            assertTrue(work.fraction() > before, "rendered " + share);
            before = work.fraction();
        }
        assertTrue(before < 1, "not done before it is written");
    }

    @Test
    void speedAndTimeLeftShowFromTheFirstSecondAndAreUnknownBeforeAnything() {
        BuildWork work = new BuildWork();
        ChapterPlan one = chapter(1, "a b c d");
        work.start(List.of(one));
        assertTrue(Double.isNaN(work.secondsLeft(5)));
        assertTrue(Double.isNaN(work.realTime(5)), "no speed before anything is done");
        assertEquals("chapter 1/1", work.status(5));
        work.spoken(one);                                   // a third of the work in 5 s
        assertEquals(10.0, work.secondsLeft(5), 1e-9);
        assertEquals(work.totalSeconds() / 3 / 5, work.realTime(5), 1e-9);
        assertTrue(work.status(5).matches("chapter 1/1 · 0:10 left · \\d+\\.\\d× real time"), work.status(5));
        assertTrue(Double.isNaN(work.realTime(1)), "not in the JVM's first moments");
    }

    @Test
    void theBarKeepsItsWidthAndFillsInEighths() {
        String empty = ProgressBarDisplay.line(0, "chapter 1/3", 79);
        String half = ProgressBarDisplay.line(0.5, "chapter 2/3 · 0:04 left · 18× real time", 79);
        assertEquals(empty.indexOf('▏'), half.indexOf('▏'), "the bar does not jump when the status grows");
        int cells = empty.indexOf('▏') - empty.indexOf('▕') - 1;
        assertEquals(20, cells);
        assertEquals("Building  50% ▕" + "█".repeat(10) + " ".repeat(10) + "▏ chapter 2/3 · 0:04 left · 18× real time", half);
        assertTrue(ProgressBarDisplay.line(1.0 / 160, "", 79).contains("▕▏" + " ".repeat(19)), "one eighth of a cell");
        assertEquals("Building 100% ▕" + "█".repeat(20) + "▏ done", ProgressBarDisplay.line(1, "done", 79));
    }

    @Test
    void onANarrowTerminalTheLineStillFitsSoItNeverWraps() {
        String status = "chapter 12/40 · 1:02:03 left · 18× real time";
        for (int width = 20; width <= 120; width++) {
            String line = ProgressBarDisplay.line(0.37, status, width);
            assertTrue(line.length() <= width, width + ": " + line);
            assertTrue(line.startsWith("Building  37% ▕"), line);
            if (width >= 30) {
                int end = line.indexOf("▏ chap") < 0 ? line.length() : line.indexOf("▏ chap");
                assertTrue(end - line.indexOf('▕') - 1 >= 10, "ten cells of bar where they fit: " + line);
            }
        }
        assertTrue(ProgressBarDisplay.line(0.37, status, 100).endsWith(status), "the whole status where there is room");
    }
}
