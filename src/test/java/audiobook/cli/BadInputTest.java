package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind: each gets its exit code, one line on stderr that names the culprit,
 * and leaves no audio behind.
 */
class BadInputTest {

    @TempDir
    static Path dir;

    static Stream<Arguments> cases() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), "It rained. Then it stopped.\n");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t \n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 au lait.".getBytes(StandardCharsets.ISO_8859_1));
        Path badJson = Files.writeString(dir.resolve("broken.json"), "{\"name\": \"x\", \"layers\": [");
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder");
        String s = story.toString();
        return Stream.of(
                Arguments.of("empty file", 2, "empty.txt", new String[] {"build", empty.toString()}),
                Arguments.of("whitespace only", 2, "blank.txt", new String[] {"build", blank.toString()}),
                Arguments.of("binary file", 2, "binary.txt", new String[] {"build", binary.toString()}),
                Arguments.of("Latin-1 file", 2, "latin1.txt", new String[] {"build", latin1.toString()}),
                Arguments.of("missing file", 2, "missing.txt", new String[] {"build", dir.resolve("missing.txt").toString()}),
                Arguments.of("unknown soundscape", 2, "jungle", new String[] {"build", s, "--soundscape", "jungle"}),
                Arguments.of("malformed soundscape JSON", 2, "broken.json", new String[] {"build", s, "--soundscape", badJson.toString()}),
                Arguments.of("unknown voice", 2, "robot", new String[] {"build", s, "--voice", "robot"}),
                Arguments.of("output path is a file", 2, "a-file", new String[] {"build", s, "-o", aFile.toString()}),
                Arguments.of("output under a file", 3, "a-file", new String[] {"build", s, "-o", aFile.resolve("book").toString()}),
                Arguments.of("negative rate", 2, "--rate", new String[] {"build", s, "--rate", "-5"}),
                Arguments.of("zero jobs", 2, "--jobs", new String[] {"build", s, "--jobs", "0"}),
                Arguments.of("NaN ambience", 2, "--ambience-db", new String[] {"build", s, "--ambience-db", "NaN"}),
                Arguments.of("NaN pitch", 2, "--pitch", new String[] {"build", s, "--pitch", "NaN"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsCleanly(String name, int exit, String named, String[] args) throws IOException {
        Path out = dir.resolve("out-" + name.replace(' ', '-'));
        String[] withOutput = args;
        if (!String.join(" ", args).contains(" -o ")) {
            withOutput = Stream.concat(Stream.of(args), Stream.of("-o", out.toString())).toArray(String[]::new);
        }
        Cli result = Cli.run(new TestHost(), withOutput);
        assertEquals(exit, result.exit(), result.toString());
        assertEquals(1, result.errLines(), result.toString());
        assertTrue(result.err().contains(named), result.toString());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.walk(out)) {
                assertTrue(files.noneMatch(p -> p.toString().endsWith(".wav")), "no audio written");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void tenThousandTinyChaptersArePlannedWithoutLosingOne() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) {
            text.append("# Part ").append(i).append("\n\nWord ").append(i).append(".\n\n");
        }
        Path story = Files.writeString(dir.resolve("tiny-chapters.md"), text);
        Cli result = Cli.run(new TestHost(), "plan", story.toString(), "--json");
        assertEquals(0, result.exit(), result.err());
        var plan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
        assertEquals(10_000, plan.get("chapters").size());
        assertTrue(result.out().contains("Word 10000."));
    }
}
