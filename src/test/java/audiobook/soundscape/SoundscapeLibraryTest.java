package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundscapeLibraryTest {

    @TempDir
    Path dir;

    @Test
    void shipsSevenValidSoundscapesWithDescriptions() {
        assertTrue(SoundscapeLibrary.names().containsAll(List.of("calm", "dust", "rain", "sea", "storm", "storm-at-sea", "wind")));
        for (SoundscapeDefinition d : SoundscapeLibrary.all()) {
            assertTrue(d.description().length() > 20, d.name());
            assertTrue(!d.layers().isEmpty(), d.name());
        }
        assertEquals(List.of(LayerType.WIND, LayerType.RAIN, LayerType.THUNDER),
                SoundscapeLibrary.find("storm").layers().stream().map(LayerDefinition::type).toList());
        assertTrue(SoundscapeLibrary.find("dust").layers().stream().anyMatch(l -> l.type() == LayerType.DEBRIS));
        assertEquals(240, SoundscapeLibrary.find("dust").layers().get(0).parameter("centre_hz"));
        assertEquals(320, SoundscapeLibrary.find("storm").layers().get(0).parameter("bandwidth_hz"), "a default");
        LayerDefinition sea = SoundscapeLibrary.find("storm-at-sea").layers().get(0);
        assertEquals(LayerType.SEA, sea.type());
        assertTrue(sea.follows().contains("sea") && sea.parameter("hull") > 0 && sea.parameter("rigging") > 0, "a ship");
    }

    @Test
    void aDefinitionPrintsTheSameInEveryJvmForTheBuildsFingerprints() {
        assertTrue(SoundscapeLibrary.find("dust").toString()
                .contains("{bandwidth_hz=180.0, centre_hz=240.0, gustiness=0.8, whistle=0.0}"));
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        AudiobookException e = assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find("jungle"));
        assertTrue(e.getMessage().contains("jungle") && e.getMessage().contains("storm") && e.getMessage().contains("dust"));
    }

    @Test
    void aMalformedDefinitionNamesTheFileAndTheField() throws IOException {
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"wind\",\"level_db\":\"loud\",\"floor\":1}]}",
                "layers[0]: field 'level_db' must be a number from -80 to 0");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"wind\",\"level_db\":-20,\"floor\":1,"
                + "\"centre\":300}]}", "layers[0]: unknown field 'centre'; a wind layer takes type, level_db, follows, floor, "
                + "centre_hz, bandwidth_hz, gustiness, whistle, body, air");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layer\":[]}", "unknown field 'layer'");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"hail\",\"level_db\":-20}]}",
                "field 'type' is 'hail'; expected one of wind, rain, thunder, sea, debris, loop");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"rain\",\"level_db\":-20,"
                + "\"follows\":[\"drizzle\"]}]}", "layers[0]: field 'follows' has \"drizzle\"; scene channels are storm");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"rain\",\"level_db\":-20,"
                + "\"floor\":0.5,\"drops_per_second\":99999}]}", "field 'drops_per_second' must be a number from 5 to 400");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"rain\",\"level_db\":-20}]}",
                "layers[0]: the layer would never sound");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"loop\",\"level_db\":-20,\"floor\":1}]}",
                "layers[0]: field 'file' must be a non-empty string");
        assertError("{\"name\":\"x\",\"description\":\"d\",\"layers\":[]}", "field 'layers' must be a non-empty array");
        assertError("{\"description\":\"d\",\"layers\":[]}", "field 'name' must be a non-empty string");
        assertError("{\"name\": ", "is not valid JSON");
    }

    private void assertError(String json, String expected) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), json);
        AudiobookException e = assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find(bad.toString()));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().startsWith(bad.toString() + ": ") && e.getMessage().contains(expected), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }
}
