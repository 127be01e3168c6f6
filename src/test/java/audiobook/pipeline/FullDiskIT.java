package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import audiobook.export.WavReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk: the book is written to a small tmpfs (mounted in a user and mount namespace
 * of its own, which needs no root where the kernel allows unprivileged namespaces; skipped where
 * it does not), sized so that it fills up in the narration's spool, in the bed's, in the masters
 * and in the segment cache. Each is exit 3 and one line with the system's "no space left on
 * device". {@code FullDiskTest} injects the same failure at every write site on any machine.
 */
class FullDiskIT {

    @TempDir
    Path dir;

    private static boolean canMountTmpfs() {
        try {
            Process p = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                    "d=$(mktemp -d) && mount -t tmpfs -o size=64k tmpfs \"$d\"").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs the jar with the book's folder on a fresh tmpfs of {@code kilobytes}. */
    private Proc.Result buildOnTmpfs(long kilobytes, Path story, String... more) throws Exception {
        Path mount = Files.createDirectories(dir.resolve("disk-" + kilobytes));
        List<String> command = new ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o size=" + kilobytes + "k tmpfs \"$1\" && shift && exec \"$@\"", "sh", mount.toString(),
                "java", "-jar", Path.of(System.getProperty("audiobook.jar", "target/audiobook.jar")).toAbsolutePath().toString(),
                "build", story.toString(), "-o", mount.resolve("book").toString(), "--jobs", "1", "--soundscape", "wind",
                "--quiet"));
        command.addAll(List.of(more));
        Process p = new ProcessBuilder(command).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        int exit = p.waitFor();
        return new Proc.Result(exit, Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void aFullDiskInEachSpoolTheMastersAndTheCacheIsOneLineExitThree() throws Exception {
        assumeTrue(canMountTmpfs(), "this machine does not let a test mount a tmpfs");
        Path story = Files.writeString(dir.resolve("story.md"), "# Storm\n\nThe wind rose over the hill and the rain "
                + "came down on the roof of the old house, and the dog lay by the door and waited for the morning.\n");
        Path cache = dir.resolve("cache");
        // With room, to know the sizes.
        Path roomy = dir.resolve("roomy");
        Proc.Result clean = new Proc(dir).run("build", story.toString(), "-o", roomy.toString(), "--jobs", "1",
                "--soundscape", "wind", "--quiet", "--cache", cache.toString());
        assertEquals(0, clean.exit(), clean.toString());
        var chapter = audiobook.export.ManifestWriter.read(roomy.resolve("manifest.json")).chapters().get(0);
        double seconds = WavReader.info(roomy.resolve(chapter.file())).durationSeconds();
        long clipsKb = (long) (seconds * 16000 * 2 / 1024) + 16;        // at most the whole chapter at 16 kHz
        long bedKb = (long) (seconds * 44100 * 2 * 4 / 1024);
        long mastersKb = (Files.size(roomy.resolve(chapter.file())) + Files.size(roomy.resolve(chapter.dryFile()))) / 1024;

        record Case(String what, long kilobytes, String named, boolean ownCache) {
        }
        for (Case c : List.of(
                new Case("narration spool", 16, ".clips-", false),
                new Case("ambience spool", clipsKb + bedKb / 2, ".bed-", false),
                new Case("masters", clipsKb + bedKb + mastersKb / 2, ".wav", false),
                new Case("segment cache", 16, "segment cache", true))) {
            Proc.Result run = c.ownCache() ? buildOnTmpfs(c.kilobytes(), story)
                    : buildOnTmpfs(c.kilobytes(), story, "--cache", cache.toString());
            assertEquals(3, run.exit(), c.what() + ": " + run);
            assertEquals(1, run.errLines(), c.what() + ": " + run);
            assertTrue(run.err().contains("no space left on device"), c.what() + ": " + run);
            assertTrue(run.err().contains(c.named()), c.what() + ": " + run);
        }
    }
}
