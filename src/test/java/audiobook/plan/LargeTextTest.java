package audiobook.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import audiobook.text.Manuscript;
import audiobook.text.StoryParser;
import audiobook.text.Words;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A one-megabyte paragraph and a one-megabyte book plan in seconds, not minutes: the time limit
 * is generous (a loaded two-core machine), but anything quadratic in the text length would take
 * hours and fail here.
 */
class LargeTextTest {

    private static final String[] WORDS = ("the storm came over the hill and Mr. Smith said \u201CRun!\u201D to 3.5 "
            + "people at 8 P.M. in 1897, e.g. twice; and then \u2014 silence\u2026 \uD83D\uDE00 Zo\u00EB").split(" ");

    private static String text(int bytes, boolean paragraphs) {
        SplittableRandom random = new SplittableRandom(7);
        StringBuilder s = new StringBuilder(bytes + 100);
        int inParagraph = 0;
        while (s.length() < bytes) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
            boolean end = paragraphs && ++inParagraph > 40 + random.nextInt(100);
            s.append(end ? ".\n\n" : " ");
            inParagraph = end ? 0 : inParagraph;
        }
        return s.toString();
    }

    @Test
    void aOneMegabyteParagraphIsPlannedWithEveryWord() {
        String text = text(1 << 20, false);
        BookPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> plan(text));
        long words = plan.chapters().stream().flatMap(c -> c.segments().stream().skip(1))
                .mapToLong(s -> Words.count(s.text())).sum();
        assertEquals(Words.count(text), words);
    }

    @Test
    void aOneMegabyteBookIsPlannedInChaptersOfTwoToSixThousandWords() {
        String text = text(1 << 20, true);
        BookPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> plan(text));
        plan.chapters().forEach(c -> {
            int words = plan.wordCount(c);
            assertEquals(true, words >= 2000 && words <= 6000, c.title() + ": " + words);
        });
    }

    private static BookPlan plan(String text) {
        Manuscript m = new StoryParser(0).parse(text, "big.txt");
        return new SegmentPlanner(PlanSettings.defaults()).plan(m, "big.txt");
    }
}
