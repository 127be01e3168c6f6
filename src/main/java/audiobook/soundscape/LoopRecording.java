package audiobook.soundscape;

import audiobook.export.WavAudio;
import audiobook.export.WavReader;
import audiobook.mix.SampleRateConverter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A user's recording for a loop layer: read once when its definition is loaded (so a bad file
 * is reported before any narration is synthesised), kept as one or two channels (a file of more
 * channels gives its first two, the front pair in WAV order) and scaled to an RMS of 1, the
 * level every procedural layer has at full intensity, so {@code level_db} means the same for
 * every type.
 *
 * <p>The loop at the output rate is made on first use and kept: the recording is converted
 * with mix's band-limited {@link SampleRateConverter} (the project's one resampler; writing a
 * second here would duplicate it) and closed by {@link LoopSeam}.
 */
public final class LoopRecording {

    private final Path file;
    private final int sampleRate;
    private final float[][] channels;
    private final double crossfadeSeconds;
    private final String digest;
    private int loopRate;
    private float[][] loop;

    private LoopRecording(Path file, int sampleRate, float[][] channels, double crossfadeSeconds) {
        this.file = file;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.crossfadeSeconds = crossfadeSeconds;
        this.digest = digest(sampleRate, channels);
    }

    /** SHA-256 of the rate and samples: an edited recording renders its chapters again. */
    private static String digest(int sampleRate, float[][] channels) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer bytes = ByteBuffer.allocate(4 * 8192);
            bytes.putInt(sampleRate);
            for (float[] channel : channels) {
                for (float v : channel) {
                    if (!bytes.hasRemaining()) {
                        sha.update(bytes.flip());
                        bytes.clear();
                    }
                    bytes.putFloat(v);
                }
            }
            sha.update(bytes.flip());
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The longest recording a loop takes: it is held in memory, at its own rate and at the output's. */
    static final double MAX_SECONDS = 180;
    /** The largest file read as a loop (three minutes of 96 kHz 64-bit stereo is 265 MB). */
    static final long MAX_FILE_BYTES = 300L << 20;

    /** @throws IOException naming the file, when it cannot be read or cannot make a loop */
    static LoopRecording read(Path file, double crossfadeSeconds) throws IOException {
        double length = WavReader.info(file).durationSeconds();
        if (length > MAX_SECONDS) {
            throw new IOException(String.format(java.util.Locale.ROOT, "%s is %.0f s long; a loop may last at most "
                    + "%.0f s (it is held in memory): cut it shorter", file, length, MAX_SECONDS));
        }
        WavAudio audio = WavReader.read(file);
        for (float[] channel : audio.channels()) {
            for (float v : channel) {
                if (!Float.isFinite(v)) {
                    throw new IOException(file + " holds samples that are not numbers (NaN or infinity); "
                            + "it is not a valid recording");
                }
            }
        }
        double seconds = audio.durationSeconds();
        if (seconds < 2 * crossfadeSeconds) {
            throw new IOException(String.format(java.util.Locale.ROOT, "%s is %.2f s long; a loop with a "
                    + "cross-fade of %.2f s needs at least %.2f s", file, seconds, crossfadeSeconds, 2 * crossfadeSeconds));
        }
        float[][] kept = audio.channels().length == 1 ? new float[][] {audio.channels()[0]}
                : new float[][] {audio.channels()[0], audio.channels()[1]};
        double sum = 0;
        for (float[] channel : kept) {
            for (float v : channel) {
                sum += (double) v * v;
            }
        }
        double rms = Math.sqrt(sum / (kept.length * (double) audio.frames()));
        if (rms < 1e-6) {
            throw new IOException(file + " is silent; a loop needs sound");
        }
        for (float[] channel : kept) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] /= (float) rms;
            }
        }
        return new LoopRecording(file, audio.sampleRate(), kept, crossfadeSeconds);
    }

    public Path file() {
        return file;
    }

    /** 1 for a mono recording, else 2. */
    public int channels() {
        return channels.length;
    }

    /** What the recording is, the same in every JVM: its file name, cross-fade and content. */
    @Override
    public String toString() {
        return "LoopRecording[" + file.getFileName() + ", crossfade " + crossfadeSeconds + " s, sha256 " + digest + "]";
    }

    /** The seamless loop at the given rate, one array per channel. */
    synchronized float[][] loopAt(int rate) {
        if (loop == null || loopRate != rate) {
            float[][] converted = new float[channels.length][];
            for (int c = 0; c < channels.length; c++) {
                converted[c] = SampleRateConverter.convert(channels[c], sampleRate, rate);
            }
            loop = LoopSeam.close(converted, (int) Math.round(crossfadeSeconds * rate));
            loopRate = rate;
        }
        return loop;
    }
}
