package audiobook.export;

import audiobook.audio.Block;
import audiobook.audio.Sink;
import audiobook.audio.Source;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one M4B audiobook: AAC-LC in an MP4 container ({@code ipod} brand M4A), one chapter
 * mark per chapter (a QuickTime chapter track and a Nero {@code chpl} list, so Apple's players
 * and the others all find them), the book's tags, "audiobook" as the media kind, and the
 * cover as an attached picture ({@code covr}).
 *
 * <p>No pure-Java AAC encoder is any good, so ffmpeg encodes: the samples are piped to it as
 * 32-bit floats, the chapters and tags go in an ffmetadata file. Its output goes to
 * {@code .NAME.part} and is renamed into place when complete, like every file of a build.
 */
public final class M4bWriter {

    /** A chapter mark: its title and its length in frames; chapters follow each other without gaps. */
    public record Chapter(String title, long frames) {
    }

    /** Streams the whole book's samples, chapter after chapter, into the sink. */
    @FunctionalInterface
    public interface Source {
        void writeTo(Sink sink) throws IOException;
    }

    private M4bWriter() {
    }

    /**
     * @param bitrateKbps the AAC bit rate
     * @param tags        the book's tags: title, album, artist, album artist, year, genre, comment, cover
     */
    public static void write(Ffmpeg ffmpeg, Path target, int channels, int sampleRate, int bitrateKbps,
                             List<Chapter> chapters, AudioTags tags, Source source) throws IOException {
        Path temp = AtomicFiles.tempFor(target);
        Path metadata = AtomicFiles.tempFor(target.resolveSibling(target.getFileName() + ".ffmetadata"));
        Path cover = AtomicFiles.tempFor(target.resolveSibling(target.getFileName() + ".cover"));
        boolean published = false;
        try {
            Files.createDirectories(temp.getParent());
            Files.writeString(metadata, ffmetadata(tags, chapters, sampleRate));
            List<String> command = new ArrayList<>(List.of(ffmpeg.program().toString(), "-hide_banner", "-v", "error",
                    "-y", "-f", "f32le", "-ar", String.valueOf(sampleRate), "-ac", String.valueOf(channels),
                    "-i", "pipe:0", "-f", "ffmetadata", "-i", metadata.toString()));
            if (tags.cover() != null) {
                Files.write(cover, tags.cover().raw());
                command.addAll(List.of("-f", CoverImage.PNG.equals(tags.cover().mediaType()) ? "png_pipe" : "jpeg_pipe",
                        "-i", cover.toString()));
            }
            command.addAll(List.of("-map", "0:a", "-map_metadata", "1", "-map_chapters", "1"));
            if (tags.cover() != null) {
                command.addAll(List.of("-map", "2:v", "-c:v", "copy", "-disposition:v:0", "attached_pic"));
            }
            // ffmpeg's "fast" AAC coder: five times quicker than its default (twoloop) on the seed,
            // and by ffmpeg's own account better at rates of 64 kbps and more; it also holds the rate asked.
            command.addAll(List.of("-c:a", "aac", "-aac_coder", "fast", "-b:a", bitrateKbps + "k", "-movflags", "+faststart",
                    "-f", "ipod", temp.toString()));
            Ffmpeg.Running p = ffmpeg.start(command);
            try {
                try (OutputStream stdin = new BufferedOutputStream(p.process.getOutputStream(), 1 << 16)) {
                    source.writeTo(new FloatPipe(stdin, channels));
                } catch (IOException e) {
                    if (!p.process.isAlive() && p.process.exitValue() != 0) {
                        p.finish("encode " + target.getFileName());   // ffmpeg's own reason beats "broken pipe"
                    }
                    throw e;
                }
                p.finish("encode " + target.getFileName());
            } finally {
                p.kill();
            }
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                out.force(true);
            }
            AtomicFiles.publish(temp, target);
            published = true;
        } finally {
            AtomicFiles.deleteQuietly(metadata);
            AtomicFiles.deleteQuietly(cover);
            if (!published) {
                AtomicFiles.deleteQuietly(temp);
            }
        }
    }

    /** ffmpeg's metadata file: the book's tags, then one [CHAPTER] per chapter, timed in frames. */
    static String ffmetadata(AudioTags tags, List<Chapter> chapters, int sampleRate) {
        StringBuilder s = new StringBuilder(";FFMETADATA1\n");
        Map<String, String> global = new java.util.LinkedHashMap<>();
        global.put("title", tags.title());
        global.put("album", tags.album());
        global.put("artist", tags.artist());
        global.put("album_artist", tags.albumArtist());
        global.put("date", tags.year());
        global.put("genre", tags.genre());
        global.put("comment", tags.comment());
        global.put("media_type", "2");   // iTunes media kind "Audiobook" (stik)
        global.forEach((key, value) -> {
            if (value != null && !value.isEmpty()) {
                s.append(key).append('=').append(escape(value)).append('\n');
            }
        });
        long start = 0;
        for (Chapter c : chapters) {
            s.append("\n[CHAPTER]\nTIMEBASE=1/").append(sampleRate).append('\n')
                    .append("START=").append(start).append('\n')
                    .append("END=").append(start + c.frames()).append('\n')
                    .append("title=").append(escape(c.title())).append('\n');
            start += c.frames();
        }
        return s.toString();
    }

    /** ffmetadata escapes '=', ';', '#' and '\' with a backslash; line breaks become spaces. */
    static String escape(String value) {
        StringBuilder s = new StringBuilder();
        for (char ch : value.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if (ch == '=' || ch == ';' || ch == '#' || ch == '\\') {
                s.append('\\');
            }
            s.append(ch);
        }
        return s.toString();
    }

    /** Float blocks as interleaved little-endian 32-bit floats down a pipe. */
    private static final class FloatPipe implements Sink {
        private final OutputStream out;
        private final int channels;
        private byte[] bytes = new byte[0];

        FloatPipe(OutputStream out, int channels) {
            this.out = out;
            this.channels = channels;
        }

        @Override
        public void write(Block in) throws IOException {
            float[][] block = in.channels();
            int frames = in.frames();
            if (block.length != channels) {
                throw new IllegalArgumentException("block has " + block.length + " channels, the M4B " + channels);
            }
            int size = frames * channels * 4;
            if (bytes.length < size) {
                bytes = new byte[size];
            }
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            for (int i = 0; i < frames; i++) {
                for (int c = 0; c < channels; c++) {
                    b.putFloat(block[c][i]);
                }
            }
            out.write(bytes, 0, size);
        }
    }
}
