package audiobook.pipeline;

import audiobook.audio.Block;
import audiobook.audio.Sink;
import audiobook.export.WavFormat;
import audiobook.export.WavReader;
import audiobook.export.WavSampleStream;
import audiobook.mix.Limiter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads WAV masters back, one after another, through one limiter with a lower ceiling than the
 * masters' own, for an encoder: a lossy codec's decoded peaks overshoot its input's, so an
 * encoded file keeps its ceiling only when the samples it is given sit a little lower. The
 * limiter passes whatever stays under its ceiling bit-exact and keeps every frame where it was,
 * so the chapters start at the same frame in the encoded file as in the WAVs.
 */
final class LimitedWavs {

    /** The masters' own limiter timing (ChapterRenderer). */
    private static final double LOOK_AHEAD_MS = 5;
    private static final double RELEASE_MS = 150;
    private static final int BLOCK = 4096;

    private LimitedWavs() {
    }

    /**
     * @param ceilingDb the new ceiling, dBTP when {@code truePeak}, else dBFS sample peak
     * @return the number of frames given to the sink
     */
    static long stream(List<Path> wavs, double ceilingDb, boolean truePeak, Sink sink) throws IOException {
        WavFormat format = WavReader.info(wavs.get(0)).format();
        int channels = format.channels();
        Limiter limiter = new Limiter(channels, format.sampleRate(), ceilingDb, LOOK_AHEAD_MS, RELEASE_MS, truePeak);
        float[][] block = new float[channels][BLOCK];
        float[][] limited = new float[channels][BLOCK + limiter.latencyFrames() + 64];
        long given = 0;
        for (Path wav : wavs) {
            try (WavSampleStream in = WavReader.open(wav)) {
                WavFormat f = in.info().format();
                if (f.channels() != channels || f.sampleRate() != format.sampleRate()) {
                    throw new IOException(wav + ": " + f.channels() + " channels at " + f.sampleRate() + " Hz, unlike "
                            + wavs.get(0).getFileName() + " (" + channels + " at " + format.sampleRate() + ")");
                }
                for (int n; (n = in.read(block)) > 0; ) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("encoding stopped");
                    }
                    int out = limiter.process(block, 0, n, limited, 0);
                    if (out > 0) {
                        sink.write(new Block(limited, out));
                        given += out;
                    }
                }
            }
        }
        int out = limiter.flush(limited, 0);
        if (out > 0) {
            sink.write(new Block(limited, out));
            given += out;
        }
        return given;
    }
}
