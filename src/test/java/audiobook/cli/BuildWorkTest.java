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

    private static ChapterPlan chapter(int number, String text) {
        Segment s = new Segment(0, text, text, VoiceRole.NARRATOR, PauseKind.SENTENCE, 300, SceneCue.NONE);
        return new ChapterPlan(number, "Chapter " + number, List.of(s));
    }

    private static ExportedChapter written(ChapterPlan plan, double seconds) {
        return new ExportedChapter(plan, seconds, new long[1], new long[1], List.of(new ExportedFile(Path.of("x.wav"),
                DeliveryProfile.IMMERSIVE, new LoudnessReport(-18, -20, -1, -1, -60, seconds, 0), 0, List.of())));
    }

    @Test
    void wordsCountOnceWhenSpokenAndTwiceWhenWritten() {
        ChapterPlan one = chapter(1, "one two three four five six");   // 6 words
        ChapterPlan two = chapter(2, "seven eight");                  // 2 words
        BuildWork work = new BuildWork();
        work.start(List.of(one, two));
        assertEquals(24, work.totalUnits());
        work.spoken(one);
        assertEquals(6.0 / 24, work.fraction(), 1e-12);
        work.done(written(one, 60));
        assertEquals(18.0 / 24, work.fraction(), 1e-12);
        assertEquals("chapter 2/2 · 0:03 left · 6.0× real time", work.status(10));
        work.spoken(two);
        work.done(written(two, 30));
        assertEquals(1.0, work.fraction(), 1e-12);
        assertEquals("done · 45× real time", work.status(2));
    }

    @Test
    void timeLeftIsLinearInTheWorkDoneAndUnknownBeforeAnything() {
        BuildWork work = new BuildWork();
        ChapterPlan one = chapter(1, "a b c d");
        work.start(List.of(one));
        assertTrue(Double.isNaN(work.secondsLeft(5)));
        assertTrue(Double.isNaN(work.realTime(5)), "no speed before a chapter is written");
        assertEquals("chapter 1/1", work.status(5));
        work.spoken(one);                                   // a third of the work in 5 s
        assertEquals(10.0, work.secondsLeft(5), 1e-9);
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
}
