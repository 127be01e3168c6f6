package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.sun.speech.freetts.Voice;
import org.junit.jupiter.api.Test;

class OldWordsTest {

    @Test
    void everyVoiceReadsTheOldWordsAsANarratorDoes() {
        Voice voice = FreeTtsVoices.borrow("kevin16");
        try {
            assertArrayEquals(new String[] {"ao1", "r"}, voice.getLexicon().getPhones("oer", null), "o'er");
            assertArrayEquals(new String[] {"eh1", "r"}, voice.getLexicon().getPhones("ere", null));
            assertArrayEquals(new String[] {"ax", "m"}, voice.getLexicon().getPhones("em", null), "'em");
        } finally {
            FreeTtsVoices.giveBack("kevin16", voice);
        }
    }
}
