package audiobook.export;

import audiobook.io.FileIOException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Streams float blocks into a 16-bit PCM WAV file through a fixed-size buffer, so memory
 * does not grow with the file. The file is written under {@code .NAME.part} and only
 * {@link #commit(WavMetadata)} puts it under its final name; {@link #close()} without a
 * commit deletes it. So in
 * <pre>{@code
 * try (WavWriter wav = new WavWriter(path, 44100, 2)) {
 *     for (...) wav.write(block, frames);
 *     wav.commit(metadata);
 * }
 * }</pre>
 * an exception thrown mid-chapter leaves neither a truncated final file nor a temporary one,
 * and an older file under the final name is kept.
 *
 * <p>Metadata chunks go after the data: the markers of a streamed chapter are only known at
 * the end, and every reader we target (ffmpeg, sox, javax.sound) finds data by its header.
 */
public final class WavWriter implements AutoCloseable {
    private static final int HEADER_BYTES = 44;
    /** RIFF sizes are unsigned 32-bit; keep room for the header and metadata chunks. */
    private static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - (1 << 20);

    private final Path target;
    private final Path temp;
    private final int sampleRate;
    private final int channels;
    private final Int16Quantizer quantizer;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private FileChannel channel;
    private long frames;
    private long flushedBytes;
    private boolean failed;
    private boolean finished;

    /** Without dither. */
    public WavWriter(Path target, int sampleRate, int channels) throws IOException {
        this(target, sampleRate, channels, Dither.NONE);
    }

    public WavWriter(Path target, int sampleRate, int channels, Dither dither) throws IOException {
        if (sampleRate <= 0 || channels < 1 || channels > 2) {
            throw new IllegalArgumentException("cannot write " + target + ": need mono or stereo"
                    + " at a positive rate, got " + channels + " channels at " + sampleRate + " Hz");
        }
        this.target = target;
        this.temp = AtomicFiles.tempFor(target);
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.quantizer = new Int16Quantizer(dither);
        try {
            this.channel = AtomicFiles.openTemp(temp);
        } catch (IOException e) {
            throw new FileIOException(target, "write", e);
        }
        try {
            writeFully(header(0, 0), 0);
        } catch (IOException e) {
            abort();
            throw new FileIOException(target, "write", e);
        }
    }

    /** Appends {@code frames} frames from {@code block[channel][i]}, samples nominally in [−1, 1]. */
    public void write(float[][] block, int frames) throws IOException {
        requireOpen();
        if (block.length != channels || frames < 0) {
            throw new IllegalArgumentException("cannot write " + target + ": block has "
                    + block.length + " channels, file has " + channels + "; frames " + frames);
        }
        for (float[] samples : block) {
            if (samples.length < frames) {
                throw new IllegalArgumentException("cannot write " + target + ": block channel holds "
                        + samples.length + " samples, asked to write " + frames);
            }
        }
        if ((this.frames + frames) * channels * 2L > MAX_DATA_BYTES) {
            failed = true;
            throw new IOException("cannot write " + target + ": audio exceeds the 4 GiB WAV size limit");
        }
        try {
            // Bytes straight into the buffer's array: a ByteBuffer call per sample cost more
            // than the rounding and dither (measured).
            // Runs of frames that fit the buffer, so that the loop over them checks nothing else.
            byte[] bytes = buffer.array();
            int frameBytes = channels * 2;
            for (int i = 0; i < frames; ) {
                if (buffer.position() + frameBytes > bytes.length) {
                    flush();
                }
                int at = buffer.position();
                int run = Math.min(frames - i, (bytes.length - at) / frameBytes);
                if (channels == 2) {
                    quantizer.interleave(block[0], block[1], i, run, bytes, at);
                } else {
                    quantizer.mono(block[0], i, run, bytes, at);
                }
                buffer.position(at + run * frameBytes);
                i += run;
            }
            this.frames += frames;
        } catch (IllegalArgumentException e) {
            failed = true;
            throw new IllegalArgumentException("cannot write " + target + " at frame " + this.frames
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            failed = true;
            throw new FileIOException(target, "write", e);
        }
    }

    /**
     * Writes the metadata after the data, sets the RIFF and data sizes, syncs and renames the
     * file to its final name. Marker offsets must lie within the frames written.
     */
    public void commit(WavMetadata metadata) throws IOException {
        Objects.requireNonNull(metadata, "metadata; use WavMetadata.NONE for none");
        requireOpen();
        for (CueMarker m : metadata.markers()) {
            if (m.sampleOffset() > frames) {
                throw new IllegalArgumentException("cannot write " + target + ": marker at frame "
                        + m.sampleOffset() + " lies past the end (" + frames + " frames)");
            }
        }
        try {
            flush();
            long dataBytes = frames * channels * 2L;
            writeFully(ByteBuffer.wrap(MetadataChunks.encode(metadata)), HEADER_BYTES + dataBytes);
            long riffBytes = channel.size() - 8;
            if (riffBytes > 0xFFFF_FFFFL) {
                throw new IOException("audio and metadata exceed the 4 GiB WAV size limit");
            }
            writeFully(header(riffBytes, dataBytes), 0);
            channel.force(true);
            channel.close();
            AtomicFiles.publish(temp, target);
            finished = true;
        } catch (IOException e) {
            failed = true;
            throw e instanceof FileIOException ? e : new FileIOException(target, "write", e);
        }
    }

    /** Discards everything written; the final name is left untouched. Safe to call twice. */
    public void abort() {
        finished = true;
        try {
            channel.close();
        } catch (IOException ignored) {
            // The file is being thrown away; a failing close changes nothing.
        }
        AtomicFiles.deleteQuietly(temp);
    }

    /** Aborts unless {@link #commit} succeeded. */
    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }

    public long framesWritten() {
        return frames;
    }

    /** Samples that fell outside the 16-bit range and were clamped; report them, never hide. */
    public long clippedSamples() {
        return quantizer.clippedSamples();
    }

    public Path target() {
        return target;
    }

    private void requireOpen() {
        if (finished || failed) {
            throw new IllegalStateException("cannot write " + target + ": writer is "
                    + (failed ? "failed earlier" : "already committed or aborted"));
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        int bytes = buffer.remaining();
        writeFully(buffer, HEADER_BYTES + flushedBytes);
        flushedBytes += bytes;
        buffer.clear();
    }

    /** A channel may write less than asked; positions are explicit so the header can be patched. */
    private void writeFully(ByteBuffer bytes, long position) throws IOException {
        while (bytes.hasRemaining()) {
            position += channel.write(bytes, position);
        }
    }

    private ByteBuffer header(long riffBytes, long dataBytes) {
        int blockAlign = channels * 2;
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put(MetadataChunks.ascii("RIFF")).putInt((int) riffBytes).put(MetadataChunks.ascii("WAVE"));
        h.put(MetadataChunks.ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(sampleRate).putInt(sampleRate * blockAlign).putShort((short) blockAlign)
                .putShort((short) 16);
        h.put(MetadataChunks.ascii("data")).putInt((int) dataBytes);
        return h.flip();
    }
}
