package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private static final String SEED = "seeds/jasper-and-rusty.txt";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theSeedShowsTwoToFourChaptersAndNotItsOpeningNote() {
        assertEquals(0, run("plan"));
        String text = out.toString();
        long chapters = text.lines().filter(l -> l.startsWith("Chapter ")).count();
        assertTrue(chapters >= 2 && chapters <= 4, text);
        assertFalse(text.contains("Okay, here"), "the opening note is front matter, not narrated");
        assertTrue(text.contains("written: One day, a storm rolled in."));
        assertTrue(text.contains("spoken:  It wasn't long before I met him."));
        assertTrue(err.toString().contains("warning: jasper-and-rusty.txt: the text ends mid-sentence"));
    }

    @Test
    void jsonFollowsTheDocumentedSchema() throws IOException {
        assertEquals(0, run("plan", SEED, "--json"));
        JsonNode plan = new ObjectMapper().readTree(out.toString());
        assertEquals(Set.of("schema", "title", "author", "slug", "seed", "front_matter", "words_per_minute",
                "word_count", "estimated_seconds", "warnings", "cast", "chapters", "credits"), keys(plan));
        assertEquals(Set.of("quotations", "unattributed", "characters"), keys(plan.get("cast")));
        assertEquals(1, plan.get("schema").asInt());
        assertTrue(plan.get("front_matter").asText().startsWith("Okay, here"));
        int words = 0;
        for (JsonNode chapter : plan.get("chapters")) {
            assertEquals(Set.of("number", "title", "word_count", "estimated_seconds", "segments"), keys(chapter));
            words += chapter.get("word_count").asInt();
            for (JsonNode segment : chapter.get("segments")) {
                assertEquals(Set.of("index", "text", "spoken", "role", "speaker", "voice", "pause_after", "pause_ms",
                        "scene", "kind"), keys(segment));
                assertTrue(List.of("narrator", "dialogue").contains(segment.get("role").asText()));
                assertTrue(List.of("clause", "sentence", "paragraph", "scene", "title", "end")
                        .contains(segment.get("pause_after").asText()));
            }
        }
        assertEquals(plan.get("word_count").asInt(), words);
        double minutes = plan.get("estimated_seconds").asDouble() / 60;
        assertTrue(minutes > 4 && minutes < 7, "seed read aloud in about five minutes: " + minutes);
    }

    @Test
    void theSpeakerOfEveryQuotationAndTheCastAreShown() {
        assertEquals(0, run("plan", "src/test/resources/dialogue/two-hander.txt", "--cast", "auto"));
        String text = out.toString();
        assertTrue(text.matches("(?s).*Cast: 2 characters say \\d+ of \\d+ quotations.*"), text);
        assertTrue(text.matches("(?s).*\\n  Hale +male +\\d+ lines  voice young-man .*"), text);
        assertTrue(text.matches("(?s).*\\n  Mrs\\. Moreton +female +\\d+ lines  voice woman .*"), text);
        assertTrue(text.contains("speaker: Mrs. Moreton (pronoun), voice woman"), text);
        assertTrue(text.contains("speaker: Hale (named), voice young-man"), text);
        long dialogue = text.lines().filter(l -> l.matches(" +\\d+  dialogue .*")).count();
        assertEquals(dialogue, text.lines().filter(l -> l.matches(" +\\d+  dialogue .*  speaker: .*")).count());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void frontMatterIsNarratedOnRequest() {
        assertEquals(0, run("plan", SEED, "--include-front-matter"));
        assertTrue(out.toString().contains("Chapter 1: Foreword"));
        assertTrue(out.toString().contains("written: Okay, here"));
    }

    @Test
    void chapterWordsSetsTheTargetForTextWithoutHeadings() {
        assertEquals(0, run("plan", SEED, "--chapter-words", "150", "--json"));
        assertTrue(out.toString().split("\"number\"").length - 1 >= 4, "more, shorter chapters");
        assertEquals(2, run("plan", SEED, "--chapter-words", "10"));
        assertTrue(err.toString().contains("--chapter-words must be 0 (automatic) or at least 50, not 10"));
    }

    @Test
    void theLexiconBesideTheStoryOrNamedIsApplied() throws IOException {
        Path story = Files.writeString(dir.resolve("tale.txt"), "Hermione met Morwenna.\n");
        Files.writeString(dir.resolve("lexicon.txt"), "# names\nHermione = her my oh nee\n");
        assertEquals(0, run("plan", story.toString()));
        assertTrue(out.toString().contains("spoken:  her my oh nee met Morwenna."), out.toString());
        assertTrue(out.toString().contains("Lexicon: "));
        Path names = Files.writeString(dir.resolve("names.txt"), "Morwenna = mor when a\n");
        assertEquals(0, run("plan", story.toString(), "--lexicon", names.toString()));
        assertTrue(out.toString().contains("spoken:  Hermione met mor when a."));
    }

    @Test
    void aBadLexiconLineIsOneLineNamingFileAndLine() throws IOException {
        Path story = Files.writeString(dir.resolve("tale.txt"), "Hermione ran.\n");
        Path bad = Files.writeString(dir.resolve("bad.txt"), "# ok\nHermione her my oh nee\n");
        assertEquals(2, run("plan", story.toString(), "--lexicon", bad.toString()));
        assertEquals(1, err.toString().strip().lines().count());
        assertTrue(err.toString().contains(bad + ":2: expected one 'written = spoken' entry"), err.toString());
        assertEquals(2, run("build", story.toString(), "--lexicon", dir.resolve("none.txt").toString()));
        assertEquals(2, run("build", story.toString(), "--chapter-words", "7"));
    }

    @Test
    void emptyBlankBinaryAndMissingFilesAreClearErrorsWithExitTwo() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        Path onlyMarks = Files.writeString(dir.resolve("marks.txt"), "* * *\n\n[storm 0.5]\n");
        for (Path file : List.of(empty, blank, binary, onlyMarks, dir.resolve("missing.txt"))) {
            StringWriter e = new StringWriter();
            assertEquals(2, Main.run(new String[] {"plan", file.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(e, true)), file.toString());
            assertEquals(1, e.toString().strip().lines().count(), e.toString());
            assertTrue(e.toString().contains(file.getFileName().toString()), e.toString());
        }
    }

    @Test
    void pausesSeedAndVoicesChangeThePlanAsTheyChangeTheBuilds() throws IOException {
        assertEquals(0, run("plan", SEED, "--json"));
        JsonNode usual = new ObjectMapper().readTree(out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("plan", SEED, "--json", "--pause-sentence", "2000", "--seed", "7", "--voice", "older-man"));
        JsonNode asked = new ObjectMapper().readTree(out.toString());
        List<Integer> sentencePauses = new java.util.ArrayList<>();
        int moved = 0;
        for (int c = 0; c < asked.get("chapters").size(); c++) {
            JsonNode segments = asked.get("chapters").get(c).get("segments");
            for (int i = 0; i < segments.size(); i++) {
                JsonNode s = segments.get(i);
                if (s.get("pause_after").asText().equals("sentence")) {
                    sentencePauses.add(s.get("pause_ms").asInt());
                }
                if (s.get("role").asText().equals("narrator")) {
                    assertEquals("older-man", s.get("voice").asText(), s.toString());
                }
                JsonNode before = usual.get("chapters").get(c).get("segments").get(i);
                moved += before.get("pause_after").asText().equals("paragraph")
                        && before.get("pause_ms").asInt() != s.get("pause_ms").asInt() ? 1 : 0;
            }
        }
        assertTrue(sentencePauses.size() > 10, sentencePauses.toString());
        assertTrue(sentencePauses.stream().allMatch(ms -> ms >= 1600 && ms <= 2400), "2000 ms varied by 20 %: " + sentencePauses);
        assertTrue(moved > 0, "another seed varies the other pauses otherwise");
        assertEquals(7, asked.get("seed").asInt());
        assertEquals(2, run("plan", SEED, "--pause-scene", "-5"));
        assertTrue(err.toString().contains("--pause-scene must be from 0 to 10000 ms, not -5"), err.toString());
    }

    @Test
    void theFolderTheBuildWritesToIsShown() {
        assertEquals(0, run("plan", SEED));
        assertTrue(out.toString().contains("Folder: " + Path.of("out", "jasper-and-rusty")), out.toString());
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("plan", "--help"));
        for (String option : List.of("--json", "--chapter-words", "--lexicon", "--include-front-matter", "--seed",
                "--pause-sentence", "--pause-title", "--voice", "--rate", "--cast", "--title", "--no-credits")) {
            assertTrue(out.toString().contains(option), option);
        }
    }
}
