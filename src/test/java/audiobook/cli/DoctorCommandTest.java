package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

    @TempDir
    Path dir;

    private final TestHost host = new TestHost();

    @Test
    void withoutASoundDeviceTheEssentialsStillPassWithAWarning() {
        host.audioProblem = "no audio device to play on (test)";
        Cli run = Cli.run(host, "doctor", "-o", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(8, lines.size(), run.out());
        assertTrue(lines.stream().limit(7).allMatch(l -> l.matches("(ok  |warn|note|FAIL)  .+")), run.out());
        assertTrue(lines.get(1).matches("ok    FreeTTS voice kevin16 says \"Hello\" \\(0\\.\\d\\d s of speech at \\d{2,3} Hz, in \\d+\\.\\d s\\)"),
                lines.get(1));
        assertEquals("ok    output folder " + dir + " is writable", lines.get(2));
        assertTrue(lines.get(3).startsWith("warn  no audio device to play on (test); 'audiobook play' will not work"), lines.get(3));
        assertEquals("Ready: audiobook can make books here.", lines.get(7));
        assertEquals("", run.err());
    }

    @Test
    void aSoundDeviceAndMissingOptionalToolsAreReported() {
        host.missingPrograms = Set.of("ffmpeg", "ffplay", "sox");
        Cli run = Cli.run(host, "doctor", "-o", dir.resolve("not/yet").toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("ok    sound device"), run.out());
        assertTrue(run.out().contains("note  ffmpeg not installed (optional"), run.out());
        assertTrue(run.out().contains("note  sox not installed (optional"), run.out());
        assertTrue(run.out().contains("output folder " + dir.resolve("not/yet") + " can be made (in " + dir + ")"), run.out());
        assertTrue(!Files.exists(dir.resolve("not")), "checking does not create the folder");
    }

    @Test
    void ffplayIsCheckedToReallyOpenAnOutputAndAplayIsMentionedOnlyWhereInstalled() {
        org.junit.jupiter.api.Assumptions.assumeTrue(host.findProgram("ffplay").isPresent(), "ffplay is installed");
        host.missingPrograms = Set.of("aplay");
        host.playerProblems = java.util.Map.of("ffplay", "audio open failed");
        Cli run = Cli.run(host, "doctor", "-o", dir.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("warn  ffplay \\S+ at \\S+ cannot open an audio output here "
                + "either \\(audio open failed\\); listen on a machine with sound")), run.out());
        assertTrue(!run.out().contains("aplay"), "aplay is not installed, so not suggested: " + run.out());
        host.playerProblems = java.util.Map.of();
        assertTrue(Cli.run(host, "doctor", "-o", dir.toString()).out().contains(" opens an audio output (plays the WAVs"));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenFailsWithExitThree() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli run = Cli.run(host, "doctor", "-o", file.resolve("books").toString());
        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.out().contains("FAIL  output folder " + file.resolve("books") + " cannot be made: " + file
                + " is a file; choose another folder with -o"), run.out());
        assertTrue(run.out().endsWith("1 essential check failed: audiobook cannot make books here until fixed.\n"), run.out());
    }
}
