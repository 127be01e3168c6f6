package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The shaded jar ships what runs: no library sources, no TarsosDSP Swing UI; the classes we use are there. */
class JarContentsIT {

    @Test
    void holdsNoSourcesAndNoTarsosUi() throws Exception {
        try (JarFile jar = new JarFile(System.getProperty("audiobook.jar"))) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertEquals(List.of(), names.stream().filter(n -> n.endsWith(".java") || n.startsWith("be/tarsos/dsp/ui/")).toList());
            for (String used : List.of("be/tarsos/dsp/pitch/Yin.class", "be/tarsos/dsp/resample/Resampler.class")) {
                assertTrue(names.contains(used), used);
            }
        }
    }
}
