package audiobook.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** WAV files for tests, written byte by byte so they can be anything, also what our writer refuses. */
public final class WavFiles {

    private WavFiles() {
    }

    /** A 32-bit float WAV of {@code samples} per channel, interleaved from {@code value(frame, channel)}. */
    public static Path float32(Path file, int rate, int channels, int frames, java.util.function.BiFunction<Integer, Integer,
            Float> value) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(frames * channels * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                data.putFloat(value.apply(i, c));
            }
        }
        return Files.write(file, wav(3, rate, channels, 32, data.array()));
    }

    /** A 16-bit PCM WAV of a sine at {@code amplitude}. */
    public static Path sine16(Path file, int rate, int channels, double seconds, double hz, double amplitude)
            throws IOException {
        int frames = (int) Math.round(seconds * rate);
        ByteBuffer data = ByteBuffer.allocate(frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            short v = (short) Math.round(amplitude * 32767 * Math.sin(2 * Math.PI * hz * i / rate));
            for (int c = 0; c < channels; c++) {
                data.putShort(v);
            }
        }
        return Files.write(file, wav(1, rate, channels, 16, data.array()));
    }

    public static byte[] wav(int tag, int rate, int channels, int bits, byte[] data) {
        int align = channels * bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) tag).putShort((short) channels).putInt(rate)
                .putInt(rate * align).putShort((short) align).putShort((short) bits);
        b.put("data".getBytes()).putInt(data.length).put(data);
        return b.array();
    }
}
