package audiobook.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CastFileTest {

    private static final List<String> VOICES = List.of("kevin16", "kevin");

    @TempDir
    Path dir;

    private CastFile read(String text) throws IOException {
        Path file = dir.resolve("cast.txt");
        Files.writeString(file, text);
        return CastFile.read(file, VOICES);
    }

    private String error(String text) {
        AudiobookException e = assertThrows(AudiobookException.class, () -> read(text));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertEquals(1, e.getMessage().lines().count());
        return e.getMessage();
    }

    @Test
    void readsBothRolesWithCommentsAndBlankLines() throws IOException {
        CastFile cast = read("""
                # who reads what
                narrator: voice=kevin16 rate=135 pitch=95 pitch-range=12   # calm

                Dialogue: rate=150 pitch=125 pitch-range=22 volume=0.9
                """);
        assertEquals(new VoiceOverrides("kevin16", Map.of(VoiceParameter.RATE, 135f, VoiceParameter.PITCH, 95f,
                VoiceParameter.PITCH_RANGE, 12f)), cast.narrator());
        assertEquals(new VoiceOverrides(null, Map.of(VoiceParameter.RATE, 150f, VoiceParameter.PITCH, 125f,
                VoiceParameter.PITCH_RANGE, 22f, VoiceParameter.VOLUME, 0.9f)), cast.dialogue());
    }

    @Test
    void aRoleLeftOutChangesNothing() throws IOException {
        CastFile cast = read("dialogue: pitch=130\n");
        assertTrue(cast.narrator().isEmpty());
        assertEquals(Cast.DEFAULT.narrator(), Cast.resolve(cast, VoiceOverrides.NONE).narrator());
        assertEquals(130f, Cast.resolve(cast, VoiceOverrides.NONE).dialogue().pitchHz());
    }

    @Test
    void mistakesNameTheFileAndLine() {
        String message = error("narrator: rate=140\nvillain: rate=100\n");
        assertTrue(message.contains("cast.txt:2:") && message.contains("narrator, dialogue"), message);
        assertTrue(error("narrator rate=140").contains("cast.txt:1:"));
        assertTrue(error("narrator: rate 140").contains("key=value"));
        assertTrue(error("narrator: speed=140").contains("unknown key 'speed'"));
        assertTrue(error("narrator: rate=100\nnarrator: rate=120").contains("given twice"));
        assertTrue(error("dialogue: voice=alan").contains("unknown voice 'alan'; known voices: kevin16, kevin"));
    }

    @Test
    void numbersOutsideTheirRangeAreRefused() {
        assertTrue(error("narrator: rate=-140").contains("rate must be from 40 to 400 words per minute, not '-140'"));
        assertTrue(error("narrator: rate=0").contains("not '0'"));
        assertTrue(error("narrator: pitch=NaN").contains("pitch must be"));
        assertTrue(error("narrator: pitch-range=fast").contains("not 'fast'"));
        assertTrue(error("narrator: volume=0").contains("volume must be"));
        assertTrue(error("narrator: volume=1.5").contains("volume must be"));
    }

    @Test
    void aMissingFileIsAnInputErrorNamingIt() {
        AudiobookException e = assertThrows(AudiobookException.class,
                () -> CastFile.read(dir.resolve("nope.txt"), VOICES));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains("nope.txt"));
    }

    @Test
    void charactersWithAliasesVoicesAndGenderAndAutoCasting() throws IOException {
        CastFile cast = read("""
                character: MacWhirr = Captain MacWhirr = the captain voice=older-man gender=male
                character: Jukes voice=young-man rate=165
                character: Mrs. Rout = his wife
                cast: auto
                """);
        assertTrue(cast.auto());
        assertEquals(3, cast.characters().size());
        CastFile.CharacterLine macWhirr = cast.characters().get(0);
        assertEquals(new audiobook.plan.Person("MacWhirr", List.of("Captain MacWhirr", "the captain"),
                audiobook.plan.Gender.MALE), macWhirr.person());
        assertEquals("older-man", macWhirr.voice().voice());
        Cast resolved = Cast.resolve(cast, VoiceOverrides.NONE);
        assertEquals(VoiceCatalogue.find("older-man").orElseThrow().settings(), resolved.characters().get("MacWhirr"));
        assertEquals(165f, resolved.characters().get("Jukes").rateWpm());
        assertEquals(VoiceCatalogue.find("young-man").orElseThrow().settings().tract(),
                resolved.characters().get("Jukes").tract());
        assertEquals(java.util.Map.of("MacWhirr", "older-man", "Jukes", "young-man"), resolved.casting().voices());
        assertEquals(3, resolved.casting().people().size());
    }

    @Test
    void aDerivedVoiceMayNarrate() throws IOException {
        Cast cast = Cast.resolve(read("narrator: voice=woman\n"), VoiceOverrides.NONE);
        assertEquals(VoiceCatalogue.find("woman").orElseThrow().settings(), cast.narrator());
        assertEquals("woman", cast.casting().narrator());
    }

    @Test
    void characterMistakesNameTheLine() {
        assertTrue(error("character: Jukes voice=tenor").contains("unknown voice 'tenor'"));
        assertTrue(error("character: Jukes gender=robot").contains("gender must be male or female"));
        assertTrue(error("character: Jukes\ncharacter: Jukes voice=woman").contains("cast.txt:2:"));
        assertTrue(error("character: = Jukes").contains("cast.txt:1:"));
        assertTrue(error("cast: sometimes").contains("cast: auto"));
    }
}
