package audiobook.export;

import audiobook.audio.Block;
import audiobook.audio.Sink;
import audiobook.mix.LoudnessMeter;
import audiobook.mix.LoudnessReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The ffmpeg program, for what Java cannot do well: decoding MP3 and AAC to measure them, and
 * encoding AAC ({@link M4bWriter}). Raw samples go through pipes as 32-bit floats, so nothing
 * is rounded on the way; ffmpeg's messages are kept for the error when it fails.
 */
public final class Ffmpeg {

    private final Path program;

    /** @param program the ffmpeg executable, e.g. found on the PATH */
    public Ffmpeg(Path program) {
        this.program = program;
    }

    public Path program() {
        return program;
    }

    /**
     * Decodes the first audio stream of {@code file} into blocks of {@code channels} channels
     * at {@code sampleRate}, as a player would: an MP3's encoder delay and padding and an
     * M4B's priming are trimmed by ffmpeg.
     */
    public void decode(Path file, int channels, int sampleRate, Sink sink) throws IOException {
        List<String> command = List.of(program.toString(), "-nostdin", "-hide_banner", "-v", "error", "-i",
                file.toString(), "-map", "0:a:0", "-f", "f32le", "-acodec", "pcm_f32le", "-ac",
                String.valueOf(channels), "-ar", String.valueOf(sampleRate), "pipe:1");
        Running p = start(command);
        try (InputStream in = p.process.getInputStream()) {
            int frameBytes = 4 * channels;
            byte[] bytes = new byte[frameBytes * 8192];
            float[][] block = new float[channels][8192];
            ByteBuffer view = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int held = 0;
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("decoding " + file + " stopped");
                }
                int n = in.read(bytes, held, bytes.length - held);
                if (n < 0) {
                    break;
                }
                held += n;
                int frames = held / frameBytes;
                for (int i = 0; i < frames; i++) {
                    for (int c = 0; c < channels; c++) {
                        block[c][i] = view.getFloat((i * channels + c) * 4);
                    }
                }
                if (frames > 0) {
                    sink.write(new Block(block, frames));
                }
                int rest = held - frames * frameBytes;
                System.arraycopy(bytes, frames * frameBytes, bytes, 0, rest);
                held = rest;
            }
            p.finish("decode " + file);
        } finally {
            p.process.destroyForcibly();
        }
    }

    /** Loudness and peaks of a file as it decodes (see {@link #decode}). */
    public LoudnessReport measure(Path file, int channels, int sampleRate) throws IOException {
        LoudnessMeter meter = new LoudnessMeter(channels, sampleRate);
        decode(file, channels, sampleRate, meter);
        return meter.report();
    }

    /** A started ffmpeg and the tail of what it says on stderr. */
    static final class Running {
        final Process process;
        private final StringBuilder messages = new StringBuilder();
        private final Thread drain;

        Running(Process process) {
            this.process = process;
            drain = new Thread(this::drain, "ffmpeg-stderr");
            drain.setDaemon(true);
            drain.start();
        }

        private void drain() {
            try (InputStream err = process.getErrorStream()) {
                byte[] b = new byte[4096];
                for (int n; (n = err.read(b)) > 0; ) {
                    synchronized (messages) {
                        messages.append(new String(b, 0, n, StandardCharsets.UTF_8));
                        if (messages.length() > 16384) {
                            messages.delete(0, messages.length() - 8192);
                        }
                    }
                }
            } catch (IOException ignored) {
                // The process is gone; what it said so far is kept.
            }
        }

        /** The last non-blank line ffmpeg printed, or its exit code. */
        String lastMessage() {
            try {
                drain.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (messages) {
                List<String> lines = new ArrayList<>(messages.toString().lines().filter(l -> !l.isBlank()).toList());
                return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
            }
        }

        /** Waits for the end; an IOException naming what failed when ffmpeg did. */
        void finish(String what) throws IOException {
            int exit;
            try {
                exit = process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("ffmpeg stopped: " + what);
            }
            if (exit != 0) {
                String message = lastMessage();
                throw new IOException("ffmpeg could not " + what + " (exit " + exit
                        + (message.isEmpty() ? "" : ": " + message) + ")");
            }
        }

        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Running start(List<String> command) throws IOException {
        try {
            return new Running(new ProcessBuilder(command).start());
        } catch (IOException e) {
            throw new IOException("cannot run " + program + " (" + e.getMessage() + ")", e);
        }
    }
}
