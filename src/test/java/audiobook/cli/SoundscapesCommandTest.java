package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.WavReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundscapesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void listsTheShippedSoundscapesWithTheirDescriptionsAndLayers() {
        assertEquals(0, run("soundscapes"));
        for (String name : List.of("calm", "dust", "rain", "sea", "storm", "storm-at-sea", "wind")) {
            assertTrue(out.toString().contains("\n  " + name + " "), name + " in\n" + out);
        }
        assertTrue(out.toString().contains("A ruined, dry world") && out.toString().contains("debris"), out.toString());
    }

    @Test
    void listsTheLayerTypesAndTheirParameters() {
        assertEquals(0, run("soundscapes", "--layers"));
        assertTrue(out.toString().contains("centre_hz") && out.toString().contains("drops_per_second")
                && out.toString().contains("crossfade_seconds"), out.toString());
    }

    @Test
    void aMalformedDefinitionExitsTwoWithOneLineNamingFileAndField() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"name\":\"x\",\"description\":\"d\",\"layers\":[{\"type\":\"wind\",\"level_db\":-20,\"gusts\":1,\"floor\":1}]}");
        assertEquals(2, run("soundscapes", bad.toString()));
        assertOneLine("bad.json", "layers[0]: unknown field 'gusts'");
        err.getBuffer().setLength(0);
        assertEquals(2, run("build", story(), "-o", dir.resolve("out").toString(),
                "--soundscape", bad.toString()));
        assertOneLine("bad.json", "'gusts'");
    }

    @Test
    void aMissingLoopFileExitsTwoNamingIt() throws IOException {
        Path def = Files.writeString(dir.resolve("porch.json"), "{\"name\":\"porch\",\"description\":\"Rain.\","
                + "\"layers\":[{\"type\":\"loop\",\"file\":\"porch-rain.wav\",\"level_db\":-30,\"floor\":1}]}");
        assertEquals(2, run("build", story(), "-o", dir.resolve("out").toString(),
                "--soundscape", def.toString()));
        assertOneLine("porch.json", "porch-rain.wav");
    }

    @Test
    void noneBuildsTheNarrationAloneWithASilentAmbienceStem() throws IOException {
        Path book = dir.resolve("out");
        assertEquals(0, run("build", story(), "-o", book.toString(), "--soundscape", "none", "--stems"), err.toString());
        assertTrue(out.toString().contains("soundscape none"), out.toString());
        float[][] ambience = WavReader.read(book.resolve("stems/01 ambience.wav")).channels();
        assertEquals(2, ambience.length);
        for (float[] channel : ambience) {
            for (float v : channel) {
                assertEquals(0f, v);
            }
        }
        assertEquals(1, WavReader.read(book.resolve("stems/01 narration.wav")).channels().length);
    }

    private String story() throws IOException {
        return Files.writeString(dir.resolve("story.txt"), "# One\n\nThe rain fell all day.\n").toString();
    }

    private void assertOneLine(String... parts) {
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        for (String part : parts) {
            assertTrue(message.contains(part), part + " in " + message);
        }
    }
}
