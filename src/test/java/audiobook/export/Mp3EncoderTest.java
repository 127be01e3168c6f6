package audiobook.export;

import audiobook.audio.Block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MP3s at ACX's settings, as their bytes say and as ffmpeg decodes them. */
class Mp3EncoderTest {

    private static final int RATE = 44100;

    @TempDir
    Path dir;

    static float[][] tone(int channels, int frames) {
        float[][] s = new float[channels][frames];
        for (int i = 0; i < frames; i++) {
            s[0][i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / RATE) * Math.min(1, i / 2000.0));
            if (channels == 2) {
                s[1][i] = (float) (0.3 * Math.sin(2 * Math.PI * 1234 * i / RATE));
            }
        }
        return s;
    }

    private Path encode(String name, float[][] audio) throws IOException {
        Path file = dir.resolve(name);
        try (Mp3Encoder mp3 = Mp3Encoder.open(file, audio.length, RATE, Id3v2TagTest.TAGS)) {
            int[] sizes = {1000, 37, 4096, 9000, 1};
            float[][] block = new float[audio.length][9000];
            for (int at = 0, k = 0; at < audio[0].length; k++) {
                int n = Math.min(sizes[k % sizes.length], audio[0].length - at);
                for (int c = 0; c < audio.length; c++) {
                    System.arraycopy(audio[c], at, block[c], 0, n);
                }
                mp3.write(new Block(block, n));
                at += n;
            }
            mp3.commit();
            assertEquals(audio[0].length, mp3.framesWritten());
        }
        return file;
    }

    /** The first MPEG frame after the ID3 tag: LAME's Info frame, at 192 kbps and 44.1 kHz. */
    private static void checkFirstFrame(byte[] file, int channelMode) {
        int at = Id3v2Tag.sizeAt(file);
        assertTrue(at > 10, "starts with an ID3v2 tag");
        assertEquals(0xFF, file[at] & 0xFF, "frame sync");
        assertEquals(0xFB, file[at + 1] & 0xFF, "MPEG-1 Layer III, no CRC");
        assertEquals(11, (file[at + 2] & 0xFF) >> 4, "bit-rate index 11: 192 kbps");
        assertEquals(0, (file[at + 2] >> 2) & 3, "44.1 kHz");
        assertEquals(channelMode, (file[at + 3] & 0xFF) >> 6);
        String head = new String(file, at, 200, StandardCharsets.ISO_8859_1);
        assertTrue(head.contains("Info"), "a CBR Info tag, for the frame count, delay and padding");
        assertTrue(head.contains("LAME"), "with LAME's extension");
    }

    @Test
    void monoIsMpeg1Layer3At192kbpsWithATagAndAnInfoFrame() throws IOException {
        Path file = encode("01 Chapter One.mp3", tone(1, 3 * RATE));
        checkFirstFrame(Files.readAllBytes(file), 3);
        assertTrue(Files.size(file) > 3 * 192_000 / 8, "192 kbps for 3 s");
        assertFalse(Files.exists(AtomicFiles.tempFor(file)), "no temporary file left");
    }

    @Test
    void stereoIsJointStereo() throws IOException {
        checkFirstFrame(Files.readAllBytes(encode("stereo.mp3", tone(2, RATE))), 1);
    }

    @Test
    void closingWithoutCommitLeavesNothingAndKeepsAnOlderFile() throws IOException {
        Path file = dir.resolve("kept.mp3");
        Files.writeString(file, "older");
        try (Mp3Encoder mp3 = Mp3Encoder.open(file, 2, RATE, null)) {
            mp3.write(new Block(tone(2, RATE), RATE));
            assertTrue(Files.exists(AtomicFiles.tempFor(file)), "written under the temporary name meanwhile");
        }
        assertEquals("older", Files.readString(file));
        assertFalse(Files.exists(AtomicFiles.tempFor(file)));
    }

    @Test
    void decodesToTheSameFramesAndSoundAsItsSource() throws Exception {
        assumeTrue(ExternalTool.onPath("ffmpeg", "-version"), "ffmpeg not on PATH: MP3 not decoded (apt-get install ffmpeg)");
        float[][] audio = tone(2, 5 * RATE + 123);
        Path file = encode("tone.mp3", audio);
        float[][] decoded = decode(file, 2);
        assertEquals(audio[0].length, decoded[0].length, "encoder delay and padding are trimmed: every frame in place");
        for (int c = 0; c < 2; c++) {
            double signal = 0;
            double error = 0;
            for (int i = 0; i < audio[c].length; i++) {
                signal += audio[c][i] * audio[c][i];
                error += (audio[c][i] - decoded[c][i]) * (audio[c][i] - decoded[c][i]);
            }
            double snr = 10 * Math.log10(signal / error);
            assertTrue(snr > 30, "channel " + c + " decodes as it went in, aligned: SNR " + snr + " dB");
        }
    }

    @Test
    void encodesAWavFileOfAnotherRateTo44100() throws Exception {
        Path wav = dir.resolve("in.wav");
        int rate = 22050;
        try (WavWriter w = new WavWriter(wav, rate, 1)) {
            float[][] block = new float[1][rate];
            for (int i = 0; i < rate; i++) {
                block[0][i] = (float) (0.4 * Math.sin(2 * Math.PI * 300 * i / rate));
            }
            w.write(block, rate);
            w.commit(WavMetadata.NONE);
        }
        Path mp3 = dir.resolve("in.mp3");
        Mp3Encoder.encode(wav, mp3, Id3v2TagTest.TAGS);
        checkFirstFrame(Files.readAllBytes(mp3), 3);
        if (ExternalTool.onPath("ffmpeg", "-version")) {
            assertEquals(RATE, decode(mp3, 1)[0].length, 20, "one second at 44.1 kHz");
        }
    }

    @Test
    void ffprobeReadsTheTagsAndTheCover() throws Exception {
        assumeTrue(ExternalTool.onPath("ffprobe", "-version"), "ffprobe not on PATH (apt-get install ffmpeg)");
        Path file = dir.resolve("tagged.mp3");
        CoverImage cover = CoverGenerator.generate("Tagged", "Ann Author");
        try (Mp3Encoder mp3 = Mp3Encoder.open(file, 1, RATE, Id3v2TagTest.TAGS.withTitle("Chapter One — “Zoë”")
                .withCover(cover))) {
            mp3.write(new Block(tone(1, RATE), RATE));
            mp3.commit();
        }
        String probe = ExternalTool.runText(dir, "ffprobe", "-v", "error", "-show_format", "-show_streams", file.toString());
        for (String line : List.of("TAG:title=Chapter One — “Zoë”", "TAG:album=The Book", "TAG:artist=Ann Author",
                "TAG:album_artist=Ann Author", "TAG:track=1/12", "TAG:date=2025", "TAG:genre=Audiobook",
                "TAG:comment=Made by audiobook; voice kevin16", "codec_name=png", "DISPOSITION:attached_pic=1",
                "sample_rate=44100", "bit_rate=192000", "codec_name=mp3")) {
            assertTrue(probe.contains(line), line + " in\n" + probe);
        }
    }

    static float[][] decode(Path file, int channels) throws Exception {
        byte[] raw = ExternalTool.run(file.getParent(), "ffmpeg", "-v", "error", "-i", file.toString(), "-f", "f32le",
                "-ac", String.valueOf(channels), "-ar", String.valueOf(RATE), "-");
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int frames = raw.length / 4 / channels;
        float[][] out = new float[channels][frames];
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                out[c][i] = b.getFloat();
            }
        }
        return out;
    }
}
