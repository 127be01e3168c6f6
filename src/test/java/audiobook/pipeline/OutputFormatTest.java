package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputFormatTest {

    @Test
    void readsAListInAnyCaseAndAlwaysKeepsWav() {
        assertEquals(EnumSet.allOf(OutputFormat.class), OutputFormat.parse("wav,mp3,m4b,EPUB"));
        assertEquals(EnumSet.of(OutputFormat.WAV, OutputFormat.MP3), OutputFormat.parse(" MP3 "));
        assertEquals(EnumSet.of(OutputFormat.WAV, OutputFormat.M4B), OutputFormat.parse("m4b,,m4b,"));
        assertEquals(Set.of(OutputFormat.WAV), OutputFormat.parse("wav"));
        assertEquals(EnumSet.of(OutputFormat.WAV, OutputFormat.MP3, OutputFormat.EPUB),
                new FormatSettings(OutputFormat.parse("epub"), null, null, null).formats(), "the EPUB plays the MP3s");
        assertEquals("wav, mp3, m4b, epub", OutputFormat.known());
    }

    @Test
    void anUnknownFormatIsAnInputErrorListingTheKnownOnes() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> OutputFormat.parse("mp3,ogg"));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertEquals("--format ogg: unknown format; known formats: wav, mp3, m4b, epub", e.getMessage());
        assertTrue(assertThrows(AudiobookException.class, () -> OutputFormat.parse("ogg,flac")).getMessage()
                .startsWith("--format ogg,flac: unknown formats;"));
        assertEquals(AudiobookException.Kind.INPUT, assertThrows(AudiobookException.class,
                () -> OutputFormat.parse(" ")).kind());
    }

    @Test
    void formatSettingsAlwaysHoldWavAndSayWhenACoverIsNeeded() {
        FormatSettings wavOnly = new FormatSettings(Set.of(), null, null, null);
        assertTrue(wavOnly.has(OutputFormat.WAV));
        assertTrue(!wavOnly.needsCover());
        assertTrue(new FormatSettings(Set.of(OutputFormat.MP3), null, null, null).needsCover());
        assertTrue(new FormatSettings(Set.of(OutputFormat.M4B), null, null, null).needsCover());
    }
}
