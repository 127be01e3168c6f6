package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.WavReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real build with SIGKILL part-way: nothing may be left half-written under a final name,
 * and a rerun must give the same bytes as a build that was never interrupted.
 */
class InterruptionIT {

    private static final Path STORY = Path.of("seeds/jasper-and-rusty.txt").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aKilledBuildLeavesNoTruncatedFileAndARerunMatchesAnUninterruptedBuild() throws Exception {
        JarRunner jar = new JarRunner(dir);
        Path clean = dir.resolve("clean");
        assertEquals(0, jar.run("build", STORY.toString(), "-o", clean.toString()).exit());

        Path killed = dir.resolve("killed");
        for (long waitMs : new long[] {300, 1500}) {
            Process p = jar.start("build", STORY.toString(), "-o", killed.toString());
            long deadline = System.currentTimeMillis() + 20000;
            while (System.currentTimeMillis() < deadline && !hasPartialWav(killed) && p.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(waitMs);
            p.destroyForcibly().waitFor();
            for (Path wav : files(killed, ".wav")) {
                // Every file under a final name is complete: its header and its length agree.
                assertTrue(WavReader.info(wav).frames() > 0, wav.toString());
                assertEquals(Files.size(wav), Files.size(clean.resolve(killed.relativize(wav))), "complete " + wav);
            }
        }
        JarRunner.Result rerun = jar.run("build", STORY.toString(), "-o", killed.toString());
        assertEquals(0, rerun.exit(), rerun.err());
        for (Path wav : files(clean, ".wav")) {
            assertArrayEquals(Files.readAllBytes(wav), Files.readAllBytes(killed.resolve(clean.relativize(wav))),
                    wav.toString());
        }
        assertTrue(files(killed, ".part").isEmpty(), "no temporary files left after the rerun");
    }

    private static boolean hasPartialWav(Path folder) throws Exception {
        return Files.isDirectory(folder) && !files(folder, ".part").isEmpty();
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
