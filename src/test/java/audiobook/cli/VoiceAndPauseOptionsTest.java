package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.Pauses;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The voice, cast, pause and cache options of {@code build}: refused before anything is synthesised. */
class VoiceAndPauseOptionsTest {

    private static final String SEED = "seeds/jasper-and-rusty.txt";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private void assertRefused(String option, String... args) {
        err.getBuffer().setLength(0);
        Path book = dir.resolve("book");
        String[] full = new String[args.length + 4];
        full[0] = "build";
        full[1] = SEED;
        full[2] = "-o";
        full[3] = book.toString();
        System.arraycopy(args, 0, full, 4, args.length);
        assertEquals(2, run(full), String.join(" ", args) + ": " + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains(option), "names " + option + ": " + err);
        assertFalse(Files.exists(book), "nothing is written before the options are checked");
    }

    @Test
    void negativeZeroAndNaNVoiceParametersAreRefusedNamingTheOption() {
        for (String option : new String[] {"--rate", "--pitch", "--pitch-range", "--volume"}) {
            assertRefused(option, option, "-5");
            assertRefused(option, option, "0");
            assertRefused(option, option, "NaN");
        }
        assertRefused("--rate", "--rate", "Infinity");
        assertRefused("--volume", "--volume", "1.5");
        assertRefused("--rate", "--rate", "fast");
        assertTrue(err.toString().contains("--rate"));
    }

    @Test
    void anUnknownVoiceIsRefusedListingTheKnownOnes() {
        assertRefused("--voice", "--voice", "hal9000");
        assertTrue(err.toString().contains("'hal9000'") && err.toString().contains("kevin16, kevin"), err.toString());
    }

    @Test
    void badPausesAndContradictoryCacheOptionsAreRefused() {
        assertRefused("--pause-sentence", "--pause-sentence", "-1");
        assertRefused("--pause-paragraph", "--pause-paragraph", "60000");
        assertRefused("--no-cache", "--no-cache", "--cache", dir.resolve("c").toString());
    }

    @Test
    void aBadCastFileIsRefusedNamingTheFileAndLine() throws IOException {
        Path cast = dir.resolve("cast.txt");
        Files.writeString(cast, "narrator: rate=140\ndialogue: pitch=-3\n");
        assertRefused("cast.txt:2:", "--cast", cast.toString());
        assertRefused("missing-cast.txt", "--cast", dir.resolve("missing-cast.txt").toString());
    }

    @Test
    void theHelpGivesTheDefaultsThatApply() {
        assertEquals(0, run("build", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        Pauses d = Pauses.DEFAULT;
        assertTrue(help.contains("Pause between sentences (default: " + d.sentenceMs() + ", varied ±20 %)"), help);
        assertTrue(help.contains("Pause between paragraphs (default: " + d.paragraphMs() + ", varied ±20 %)"));
        assertTrue(help.contains("Pause after the chapter title (default: " + d.titleMs() + ", varied ±20 %)"));
        audiobook.speech.VoiceSettings narrator = audiobook.speech.VoiceSettings.NARRATOR;
        assertTrue(help.contains("words per minute (default: " + Math.round(narrator.rateWpm()) + ")"), help);
        assertTrue(help.contains("mean pitch in Hz (default: " + Math.round(narrator.pitchHz()) + ")"), help);
        assertTrue(help.contains("in Hz (default: " + Math.round(narrator.pitchRangeHz()) + ")"), help);
    }
}
