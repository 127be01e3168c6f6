package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.plan.VoiceRole;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CastTest {

    @Test
    void theBuiltInDialogueVoiceIsTheNarratorsHigherAndQuicker() {
        Cast cast = Cast.DEFAULT;
        assertEquals(VoiceSettings.NARRATOR, cast.narrator());
        assertEquals(cast.narrator().voice(), cast.dialogue().voice());
        assertTrue(cast.dialogue().pitchHz() >= cast.narrator().pitchHz() + 10, cast.dialogue().describe());
        assertTrue(cast.dialogue().rateWpm() > cast.narrator().rateWpm(), cast.dialogue().describe());
        assertTrue(cast.dialogue().pitchRangeHz() > cast.narrator().pitchRangeHz());
    }

    @Test
    void titlesAndNarrationAreReadByTheNarratorAndDialogueByTheDialogueVoice() {
        Cast cast = Cast.DEFAULT;
        assertEquals(cast.narrator(), cast.voiceFor(VoiceRole.NARRATOR));
        assertEquals(cast.dialogue(), cast.voiceFor(VoiceRole.DIALOGUE));
        assertNotEquals(cast.narrator(), cast.dialogue());
    }

    @Test
    void theCommandLineWinsOverTheCastFileForTheNarratorAndDialogueFollowsUnlessTheFileSetsIt() {
        CastFile file = new CastFile(new VoiceOverrides(null, Map.of(VoiceParameter.RATE, 120f, VoiceParameter.PITCH, 90f)),
                new VoiceOverrides(null, Map.of(VoiceParameter.PITCH_RANGE, 25f)));
        Cast cast = Cast.resolve(file, new VoiceOverrides("kevin", Map.of(VoiceParameter.RATE, 160f)));
        assertEquals(new VoiceSettings("kevin", 160f, 90f, VoiceSettings.NARRATOR.pitchRangeHz(), 1f), cast.narrator());
        assertEquals("kevin", cast.dialogue().voice());
        assertEquals(Cast.dialogueFor(cast.narrator()).rateWpm(), cast.dialogue().rateWpm());
        assertEquals(Cast.dialogueFor(cast.narrator()).pitchHz(), cast.dialogue().pitchHz());
        assertEquals(25f, cast.dialogue().pitchRangeHz());
    }

    @Test
    void aDerivedDialogueVoiceStaysInsideTheLimits() {
        VoiceSettings extreme = new VoiceSettings("kevin16", 400f, 400f, 200f, 1f);
        VoiceSettings dialogue = Cast.dialogueFor(extreme);
        assertEquals(400f, dialogue.rateWpm());
        assertEquals(400f, dialogue.pitchHz());
        assertEquals(200f, dialogue.pitchRangeHz());
    }
}
