package audiobook.player;

import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.WavWriter;
import audiobook.export.WavMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A hand-made book folder for playback tests: two short stereo chapters whose samples say where
 * they are (a sawtooth that differs per chapter and channel), their mono dry masters in
 * narration/, and a manifest with sentences.
 */
public final class TinyBook {

    public static final int RATE = 44100;
    /** Chapter 1 is 3 s long, chapter 2 is 2 s. */
    public static final int[] FRAMES = {3 * RATE, 2 * RATE};
    public static final String[] FILES = {"01 One.wav", "02 Two.wav"};

    private TinyBook() {
    }

    public static Path write(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("narration"));
        for (int ch = 0; ch < 2; ch++) {
            try (WavWriter wav = new WavWriter(folder.resolve(FILES[ch]), RATE, 2)) {
                float[][] block = new float[2][FRAMES[ch]];
                for (int i = 0; i < FRAMES[ch]; i++) {
                    block[0][i] = sample(ch, 0, i);
                    block[1][i] = sample(ch, 1, i);
                }
                wav.write(block, FRAMES[ch]);
                wav.commit(WavMetadata.NONE);
            }
            // The dry master: mono, channel 0's samples.
            try (WavWriter wav = new WavWriter(folder.resolve("narration").resolve(FILES[ch]), RATE, 1)) {
                float[][] block = new float[1][FRAMES[ch]];
                for (int i = 0; i < FRAMES[ch]; i++) {
                    block[0][i] = sample(ch, 0, i);
                }
                wav.write(block, FRAMES[ch]);
                wav.commit(WavMetadata.NONE);
            }
        }
        BookManifest manifest = new BookManifest(1, "Tiny Book", "Test Author", "none", 1, null, 5000, List.of(
                new BookManifest.ChapterEntry(1, "One", FILES[0], "narration/" + FILES[0], null, 3000, -18.0, -1.0, List.of(
                        segment(0, "One.", 0, 500), segment(1, "The wind rose.", 1000, 1900),
                        segment(2, "The rain fell.", 2000, 2800))),
                new BookManifest.ChapterEntry(2, "Two", FILES[1], "narration/" + FILES[1], null, 2000, -18.0, -1.0, List.of(
                        segment(0, "Two.", 0, 400), segment(1, "The sun came out.", 800, 1800)))));
        ManifestWriter.write(folder.resolve("manifest.json"), manifest);
        return folder;
    }

    /** Exactly representable in 16 bits, so what is played equals what was written. */
    public static float sample(int chapter, int channel, int frame) {
        int period = 100 + 37 * chapter + 11 * channel;
        return ((frame % period) - period / 2) * 64 / 32768f;
    }

    private static BookManifest.SegmentEntry segment(int index, String text, long start, long end) {
        return new BookManifest.SegmentEntry(index, text, text, "narrator", start, end, "sentence", Map.of(), "text");
    }
}
