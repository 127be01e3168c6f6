package audiobook.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a WAV file's samples block by block as floats, so that checking a long chapter
 * needs no more memory than one block. Opened by {@link WavReader#open(Path)}.
 */
public final class WavSampleStream implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final WavLayout layout;
    private final WavFormat format;
    private long framesRead;

    WavSampleStream(Path file) throws IOException {
        this.file = file;
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            this.layout = WavLayout.scan(file, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.format = layout.info().format();
    }

    public WavInfo info() {
        return layout.info();
    }

    /**
     * Fills {@code block[c][0..n)} for every channel and returns n, at most the shortest
     * channel array; 0 once all frames have been read.
     */
    public int read(float[][] block) throws IOException {
        if (block.length != format.channels()) {
            throw new IllegalArgumentException(file + " has " + format.channels()
                    + " channels, block has " + block.length);
        }
        int capacity = Integer.MAX_VALUE;
        for (float[] samples : block) {
            capacity = Math.min(capacity, samples.length);
        }
        int frames = (int) Math.min(capacity, layout.info().frames() - framesRead);
        frames = Math.min(frames, (1 << 20) / format.blockAlign());
        if (frames <= 0) {
            return 0;
        }
        ByteBuffer bytes = ByteBuffer.allocate(frames * format.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        long pos = layout.dataOffset() + framesRead * format.blockAlign();
        while (bytes.hasRemaining()) {
            if (channel.read(bytes, pos + bytes.position()) < 0) {
                throw new IOException(file + ": truncated data chunk (file shrank while reading)");
            }
        }
        bytes.flip();
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < format.channels(); c++) {
                block[c][i] = decode(bytes);
            }
        }
        framesRead += frames;
        return frames;
    }

    private float decode(ByteBuffer b) {
        if (format.formatTag() == WavFormat.IEEE_FLOAT) {
            return format.bitsPerSample() == 32 ? b.getFloat() : (float) b.getDouble();
        }
        switch (format.bitsPerSample()) {
            case 8:
                return ((b.get() & 0xFF) - 128) / 128f;   // 8-bit WAV is unsigned
            case 16:
                return b.getShort() / 32768f;
            case 24:
                int low = b.getShort() & 0xFFFF;
                return ((b.get() << 16) | low) / 8388608f;
            default:
                return (float) (b.getInt() / 2147483648.0);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
