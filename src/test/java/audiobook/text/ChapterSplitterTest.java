package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ChapterSplitterTest {

    private static Paragraph paragraph(int words, String opening) {
        StringBuilder s = new StringBuilder(opening);
        for (int i = Words.count(opening); i < words; i++) {
            s.append(s.isEmpty() ? "" : " ").append("word");
        }
        return new Paragraph(List.of(s + "."));
    }

    private static List<Paragraph> novel(int paragraphs, long seed, double turnShare) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Paragraph> text = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            String opening = random.nextDouble() < turnShare ? "The next morning" : "It";
            text.add(paragraph(20 + random.nextInt(150), opening));
        }
        return text;
    }

    private static List<Integer> lengths(List<List<Paragraph>> chapters) {
        return chapters.stream().map(c -> c.stream().mapToInt(Paragraph::wordCount).sum()).toList();
    }

    @Test
    void aNovelGetsChaptersOfTwoToSixThousandWords() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Paragraph> text = novel(1200, seed, seed % 2 == 0 ? 0.02 : 0);
            int total = text.stream().mapToInt(Paragraph::wordCount).sum();
            List<Integer> lengths = lengths(ChapterSplitter.split(text, ChapterSplitter.defaultTarget(total)));
            assertTrue(lengths.stream().allMatch(n -> n >= 2000 && n <= 6000), lengths.toString());
            assertEquals(total, lengths.stream().mapToInt(Integer::intValue).sum());
        }
    }

    @Test
    void aShortStoryGetsTwoToFourChapters() {
        for (long seed = 1; seed <= 20; seed++) {
            List<Paragraph> text = novel(10, seed, 0.1);
            int total = text.stream().mapToInt(Paragraph::wordCount).sum();
            int chapters = ChapterSplitter.split(text, ChapterSplitter.defaultTarget(total)).size();
            assertTrue(total < 300 || chapters >= 2 && chapters <= 4, total + " words: " + chapters + " chapters");
        }
    }

    @Test
    void chaptersStartAtATurnNearTheTarget() {
        List<Paragraph> text = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            text.add(paragraph(100, i == 5 ? "That night" : "It"));
        }
        List<List<Paragraph>> chapters = ChapterSplitter.split(text, 600);
        assertEquals(List.of(500, 700), lengths(chapters));
        assertTrue(chapters.get(1).get(0).text().startsWith("That night"));
    }

    @Test
    void aTextShorterThanOneAndAHalfTargetsIsOneChapter() {
        List<Paragraph> text = List.of(paragraph(100, "It"), paragraph(100, "One day"));
        assertEquals(1, ChapterSplitter.split(text, 150).size());
    }

    @Test
    void paragraphsTooLongForTheBoundsStillSplitSensibly() {
        List<Paragraph> text = List.of(paragraph(9000, "It"), paragraph(9000, "It"), paragraph(200, "It"));
        List<Integer> lengths = lengths(ChapterSplitter.split(text, 4000));
        assertEquals(18200, lengths.stream().mapToInt(Integer::intValue).sum());
        assertTrue(lengths.size() >= 2, lengths.toString());
    }

    @Test
    void turnsAreRecognised() {
        for (String turn : List.of("One day, a storm rolled in.", "That night it snowed.", "Three days later he came.",
                "The next morning was cold.", "Over the next few weeks, we waited.", "\u201CMeanwhile,\u201D she said.")) {
            assertTrue(ChapterSplitter.isTurn(new Paragraph(List.of(turn))), turn);
        }
        assertTrue(!ChapterSplitter.isTurn(new Paragraph(List.of("Onedayer is not a word."))));
    }
}
