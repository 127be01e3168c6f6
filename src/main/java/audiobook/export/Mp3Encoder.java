package audiobook.export;

import audiobook.audio.Block;
import audiobook.audio.Sink;
import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.GetAudio;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Parse;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams float blocks into an MP3 file at ACX's settings: MPEG-1 Layer III, 44.1 kHz, 192
 * kbps constant bit rate, mono for a mono source and joint stereo for a stereo one, encoded in
 * Java by jump3r (a port of LAME 3.98). The file starts with an ID3v2.3 tag ({@link Id3v2Tag})
 * and then LAME's "Info" frame, which records the encoder delay and padding so that players
 * and ffmpeg trim them: the decoded file has exactly the source's frames.
 *
 * <p>Like {@link WavWriter}, the file is written under {@code .NAME.part} and renamed only by
 * {@link #commit()}; {@link #close()} without a commit deletes it. For a whole WAV file there
 * is {@link #encode(Path, Path, AudioTags)}.
 */
public final class Mp3Encoder implements Sink, AutoCloseable {

    public static final int SAMPLE_RATE = 44100;
    public static final int BITRATE_KBPS = 192;
    /**
     * LAME's {@code -q}: 5 is its Java wrapper's default (psychoacoustics and noise shaping,
     * without the slow exhaustive searches of 0-4). Measured on a seed chapter: 7 (no noise
     * shaping) took a third less time, 2 about half as long again.
     */
    public static final int QUALITY = 5;
    private static final int BLOCK = 4096;

    private final Path target;
    private final Path temp;
    private final int channels;
    private final FileChannel channel;
    private final Lame lame;
    private final VBRTag vbr;
    private final LameGlobalFlags flags;
    private final long infoFrameAt;
    private final int[] left = new int[BLOCK];
    private final int[] right = new int[BLOCK];
    private final byte[] mp3 = new byte[BLOCK * 5 / 4 + 7200];
    private long position;
    private long frames;
    private boolean finished;

    private Mp3Encoder(Path target, int channels, int sampleRate, AudioTags tags) throws IOException {
        if (channels < 1 || channels > 2 || sampleRate <= 0) {
            throw new IllegalArgumentException("cannot encode " + target + ": need mono or stereo at a positive rate, got "
                    + channels + " channels at " + sampleRate + " Hz");
        }
        this.target = target;
        this.temp = AtomicFiles.tempFor(target);
        this.channels = channels;
        lame = new Lame();
        vbr = new VBRTag();
        flags = init(lame, vbr, channels, sampleRate);
        channel = AtomicFiles.openTemp(temp);
        try {
            byte[] tag = tags == null ? new byte[0] : Id3v2Tag.encode(tags);
            write(tag);
            infoFrameAt = position;
        } catch (IOException | RuntimeException e) {
            abort();
            throw e instanceof IOException io ? new audiobook.io.FileIOException(target, "write", io)
                    : new IOException("cannot write " + temp + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens {@code target} for streaming.
     *
     * @param sampleRate the blocks' rate; other rates than 44.1 kHz are resampled by LAME
     * @param tags       the ID3 tag, or null for none
     */
    public static Mp3Encoder open(Path target, int channels, int sampleRate, AudioTags tags) throws IOException {
        return new Mp3Encoder(target, channels, sampleRate, tags);
    }

    /** Encodes a whole WAV file (mono or stereo, any rate and sample format) as it is. */
    public static void encode(Path wav, Path target, AudioTags tags) throws IOException {
        try (WavSampleStream in = WavReader.open(wav)) {
            WavFormat format = in.info().format();
            if (format.channels() > 2) {
                throw new IOException(wav + ": has " + format.channels() + " channels; an MP3 holds one or two");
            }
            float[][] block = new float[format.channels()][BLOCK];
            try (Mp3Encoder mp3 = open(target, format.channels(), format.sampleRate(), tags)) {
                for (int n; (n = in.read(block)) > 0; ) {
                    mp3.write(new Block(block, n));
                }
                mp3.commit();
            }
        }
    }

    /** The module wiring of jump3r's own {@code LameEncoder}, with our settings and no tag or gain analysis of LAME's. */
    private static LameGlobalFlags init(Lame lame, VBRTag vbr, int channels, int sampleRate) {
        GetAudio audio = new GetAudio();
        GainAnalysis gain = new GainAnalysis();
        BitStream bits = new BitStream();
        Presets presets = new Presets();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        Version version = new Version();
        ID3Tag id3 = new ID3Tag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        Parse parse = new Parse();
        MPGLib mpg = new MPGLib();
        Interface decoder = new Interface();
        Common common = new Common();
        lame.setModules(gain, bits, presets, quantizePvt, quantize, vbr, version, id3, mpg);
        bits.setModules(gain, mpg, version, vbr);
        id3.setModules(bits, version);
        presets.setModules(lame);
        quantize.setModules(bits, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bits);
        takehiro.setModules(quantizePvt);
        vbr.setModules(lame, bits, version);
        audio.setModules(parse, mpg);
        parse.setModules(version, id3, presets);
        mpg.setModules(decoder, common);
        decoder.setModules(vbr, common);

        LameGlobalFlags f = lame.lame_init();
        f.num_channels = channels;
        f.in_samplerate = sampleRate;
        f.out_samplerate = SAMPLE_RATE;
        f.brate = BITRATE_KBPS;
        f.quality = QUALITY;
        f.mode = channels == 1 ? MPEGMode.MONO : MPEGMode.JOINT_STEREO;
        // LAME's presets would scale the input by 0.97 (-0.26 dB) to keep decoders from
        // clipping; the masters are mastered, and their peaks are held by our limiter instead.
        f.scale = 1;
        f.bWriteVbrTag = true;           // the Info frame: frame count, delay and padding
        f.findReplayGain = false;
        f.write_id3tag_automatic = false;
        id3.id3tag_init(f);
        f.write_id3tag_automatic = false;
        int status = lame.lame_init_params(f);
        if (status < 0) {
            throw new IllegalStateException("jump3r refused its settings (" + status + ")");
        }
        return f;
    }

    /** Encodes {@code frames} frames of {@code block[channel][i]}, nominally in [-1, 1]. */
    @Override
    public void write(Block b) throws IOException {
        float[][] block = b.channels();
        int frameCount = b.frames();
        if (finished) {
            throw new IllegalStateException("cannot write " + target + ": already committed or closed");
        }
        if (block.length != channels) {
            throw new IllegalArgumentException("cannot write " + target + ": block has " + block.length
                    + " channels, the encoder " + channels);
        }
        for (int done = 0; done < frameCount; done += BLOCK) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("encoding " + target + " stopped");
            }
            int n = Math.min(BLOCK, frameCount - done);
            for (int i = 0; i < n; i++) {
                left[i] = toInt(block[0][done + i]);
                right[i] = channels == 2 ? toInt(block[1][done + i]) : left[i];
            }
            int bytes = lame.lame_encode_buffer_int(flags, left, right, n, mp3, 0, mp3.length);
            check(bytes);
            try {
                write(mp3, bytes);
            } catch (InterruptedIOException e) {
                throw e;
            } catch (IOException e) {
                throw new audiobook.io.FileIOException(target, "write", e);   // a full disk names the MP3
            }
            frames += n;
        }
    }

    /** LAME's integer input is full scale at ±2^31. */
    private static int toInt(float sample) {
        double scaled = Math.rint(sample * 2147483648.0);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, scaled));
    }

    /**
     * Flushes the encoder, fills in the Info frame reserved at the start, syncs and renames the
     * file to its final name.
     */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("cannot commit " + target + ": already committed or closed");
        }
        try {
            int bytes = lame.lame_encode_flush(flags, mp3, 0, mp3.length);
            check(bytes);
            write(mp3, bytes);
            byte[] info = new byte[VBRTag.MAXFRAMESIZE];
            int size = vbr.getLameTagFrame(flags, info);
            if (size > 0 && size <= info.length) {
                ByteBuffer b = ByteBuffer.wrap(info, 0, size);
                for (long at = infoFrameAt; b.hasRemaining(); ) {
                    at += channel.write(b, at);
                }
            }
            lame.lame_close(flags);
            channel.force(true);
            channel.close();
            AtomicFiles.publish(temp, target);
            finished = true;
        } catch (IOException e) {
            abort();
            throw e instanceof audiobook.io.FileIOException ? e : new audiobook.io.FileIOException(target, "write", e);
        }
    }

    public long framesWritten() {
        return frames;
    }

    public Path target() {
        return target;
    }

    /** Deletes the temporary file unless the encoder was committed. Safe to call twice. */
    @Override
    public void close() {
        if (!finished) {
            abort();
        }
    }

    private void abort() {
        finished = true;
        try {
            channel.close();
        } catch (IOException | RuntimeException ignored) {
            // The file is being thrown away; a failing close changes nothing.
        }
        AtomicFiles.deleteQuietly(temp);
    }

    private void check(int bytes) throws IOException {
        if (bytes < 0) {
            throw new IOException("jump3r failed to encode (" + bytes + ")");
        }
    }

    private void write(byte[] bytes) throws IOException {
        write(bytes, bytes.length);
    }

    private void write(byte[] bytes, int length) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes, 0, length);
        while (b.hasRemaining()) {
            position += channel.write(b, position);
        }
    }
}
