package audiobook.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a {@code fmt } chunk into a {@link WavFormat}, rejecting what we cannot decode. */
final class FmtChunk {
    private static final int EXTENSIBLE = 0xFFFE;
    /** Bytes 2..15 of every KSDATAFORMAT_SUBTYPE GUID whose first two bytes are a format tag. */
    private static final byte[] GUID_TAIL = {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA,
        0, 0x38, (byte) 0x9B, 0x71};

    private FmtChunk() {
    }

    static WavFormat parse(Path file, ByteBuffer fmt) throws IOException {
        if (fmt.limit() < 16) {
            throw new IOException(file + ": fmt chunk too short (" + fmt.limit() + " bytes)");
        }
        int tag = Short.toUnsignedInt(fmt.getShort(0));
        int channels = Short.toUnsignedInt(fmt.getShort(2));
        int rate = fmt.getInt(4);
        int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
        int bits = Short.toUnsignedInt(fmt.getShort(14));
        if (tag == EXTENSIBLE) {
            tag = subFormat(file, fmt);
        }
        if (tag != WavFormat.PCM && tag != WavFormat.IEEE_FLOAT) {
            throw new IOException(file + ": unsupported format tag " + tag
                    + " (only PCM and IEEE float WAV can be read)");
        }
        boolean supported = tag == WavFormat.PCM
                ? bits == 8 || bits == 16 || bits == 24 || bits == 32
                : bits == 32 || bits == 64;
        if (!supported) {
            throw new IOException(file + ": unsupported " + bits + "-bit "
                    + (tag == WavFormat.PCM ? "PCM" : "float") + " samples");
        }
        if (channels < 1 || rate <= 0) {
            throw new IOException(file + ": invalid fmt chunk (" + channels + " channels, " + rate + " Hz)");
        }
        WavFormat format = new WavFormat(tag, channels, rate, bits);
        if (blockAlign != format.blockAlign()) {
            throw new IOException(file + ": block align " + blockAlign + " does not match "
                    + channels + " channels of " + bits + " bits");
        }
        return format;
    }

    /** WAVE_FORMAT_EXTENSIBLE keeps the real tag in the first two bytes of a GUID. */
    private static int subFormat(Path file, ByteBuffer fmt) throws IOException {
        if (fmt.limit() < 40 || Short.toUnsignedInt(fmt.getShort(16)) < 22) {
            throw new IOException(file + ": WAVE_FORMAT_EXTENSIBLE fmt chunk too short");
        }
        byte[] tail = new byte[GUID_TAIL.length];
        fmt.get(26, tail);
        if (!Arrays.equals(tail, GUID_TAIL)) {
            throw new IOException(file + ": unsupported WAVE_FORMAT_EXTENSIBLE sub-format");
        }
        return Short.toUnsignedInt(fmt.getShort(24));
    }
}
