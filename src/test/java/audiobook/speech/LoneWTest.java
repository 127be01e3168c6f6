package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LoneWTest {

    @Test
    void aLoneWGetsTheVowelTheRulesDropped() {
        assertArrayEquals(new String[] {"m", "ax", "k", "w", "er1"}, LoneW.mended(new String[] {"m", "ax", "k", "w"}));
        assertArrayEquals(new String[] {"m", "ax", "k", "w", "er1", "z"},
                LoneW.mended(new String[] {"m", "ax", "k", "w", "z"}));
        String[] well = {"w", "eh1", "l"};
        assertSame(well, LoneW.mended(well), "a /w/ before a vowel is left alone");
        String[] twirl = {"t", "w", "r"};
        assertSame(twirl, LoneW.mended(twirl));
    }

    @Test
    void macWhirrIsSpokenWithoutMissingDiphones() {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SpeechClip clip;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            clip = FreeTtsEngineTest.ENGINE.speak("Captain MacWhirr's engines began to whirr.", VoiceSettings.NARRATOR);
        } finally {
            System.setErr(err);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertFalse(printed.contains("Can't find diphone"), printed);
        assertTrue(clip.seconds() > 1.5, clip.seconds() + " s");
    }
}
