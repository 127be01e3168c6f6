package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpeechNormaliserTest {

    @Test
    void replacesTypographyFreeTtsCannotRead() {
        assertEquals("It wasn't a storm, it was \"play,\" a dance...",
                SpeechNormaliser.normalise("It wasn\u2019t a storm \u2013 it was \u201Cplay,\u201D a dance\u2026"));
    }

    @Test
    void spellsAccentedLettersPlainly() {
        assertEquals("the cafe facade and aether", SpeechNormaliser.normalise("the caf\u00E9 fa\u00E7ade and \u00E6ther"));
    }

    @Test
    void readsAmpersandsAndDropsItalicUnderscores() {
        assertEquals("salt and pepper, really", SpeechNormaliser.normalise("salt & pepper, _really_"));
    }
}
