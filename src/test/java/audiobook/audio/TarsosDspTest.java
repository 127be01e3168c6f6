package audiobook.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TarsosDspTest {

    @Test
    void isTheOnlyClassThatImportsTarsosDsp() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            List<String> importing = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> read(p).contains("import be.tarsos."))
                    .map(p -> main.relativize(p).toString().replace('\\', '/')).toList();
            assertEquals(List.of("audiobook/audio/TarsosDsp.java"), importing);
        }
    }

    @Test
    void resamplesToTheExactLengthAndKeepsATone() {
        int rate = 22050;
        float[] tone = new float[rate];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / rate));
        }
        float[] out = TarsosDsp.resample(tone, 2.0);
        assertEquals(2 * rate, out.length);
        double sum = 0;
        for (int i = rate / 2; i < 3 * rate / 2; i++) {     // the middle second, away from the edges
            sum += out[i] * out[i];
        }
        assertEquals(0.5 / Math.sqrt(2), Math.sqrt(sum / rate), 0.005);
    }

    @Test
    void tracksThePitchOfAToneAndNoneOfSilence() {
        int rate = 16000;
        int size = 1024;
        TarsosDsp.PitchTracker yin = TarsosDsp.yin(rate, size);
        float[] frame = new float[size];
        for (int i = 0; i < size; i++) {
            frame[i] = (float) (0.3 * Math.sin(2 * Math.PI * 150 * i / rate));
        }
        assertEquals(150, yin.pitchHz(frame, 0.9), 1.5);
        assertTrue(Double.isNaN(yin.pitchHz(new float[size], 0.9)));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
