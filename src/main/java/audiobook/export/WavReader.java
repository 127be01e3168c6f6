package audiobook.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads WAV files for checking: integer PCM of 8, 16, 24 or 32 bits, IEEE float, any channel
 * count and rate, plain or WAVE_FORMAT_EXTENSIBLE; unknown chunks are skipped. Failures are
 * {@link IOException}s whose message names the file and what is wrong with it.
 */
public final class WavReader {
    private static final int BLOCK_FRAMES = 8192;

    private WavReader() {
    }

    /** Format, length, tags and markers, without reading the samples. */
    public static WavInfo info(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return WavLayout.scan(file, ch).info();
        }
    }

    /** For long files: read block by block instead of all at once. */
    public static WavSampleStream open(Path file) throws IOException {
        return new WavSampleStream(file);
    }

    /** The whole file in memory; meant for tests and short files. */
    public static WavAudio read(Path file) throws IOException {
        try (WavSampleStream in = open(file)) {
            WavInfo info = in.info();
            if (info.frames() > Integer.MAX_VALUE - 8) {
                throw new IOException(file + ": too long to read at once (" + info.frames()
                        + " frames); read it block by block");
            }
            int channels = info.format().channels();
            int frames = (int) info.frames();
            float[][] all = new float[channels][frames];
            float[][] block = new float[channels][BLOCK_FRAMES];
            int at = 0;
            for (int n; (n = in.read(block)) > 0; at += n) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, all[c], at, n);
                }
            }
            if (at != frames) {
                throw new IOException(file + ": read " + at + " of " + frames + " frames");
            }
            return new WavAudio(info.format().sampleRate(), info.format().bitsPerSample(),
                    all);
        }
    }
}
