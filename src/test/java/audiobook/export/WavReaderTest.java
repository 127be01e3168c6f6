package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads files built byte by byte here, so the reader is checked independently of our writer. */
class WavReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEightBitUnsignedMono() throws IOException {
        byte[] data = {(byte) 128, (byte) 255, 0, (byte) 192};
        WavAudio a = WavReader.read(file(fmt(1, 1, 8000, 8), data));
        assertEquals(8000, a.sampleRate());
        assertEquals(8, a.bitsPerSample());
        assertArrayEquals(new float[] {0f, 127 / 128f, -1f, 0.5f}, a.channels()[0]);
    }

    @Test
    void readsSixteenBitStereoDeinterleaved() throws IOException {
        byte[] data = le(2, 16384, -16384, 32767, -32768);
        WavAudio a = WavReader.read(file(fmt(1, 2, 48000, 16), data));
        assertArrayEquals(new float[] {0.5f, 32767 / 32768f}, a.channels()[0]);
        assertArrayEquals(new float[] {-0.5f, -1f}, a.channels()[1]);
    }

    @Test
    void readsTwentyFourBitWithSignExtension() throws IOException {
        byte[] data = le(3, 0x400000, -0x400000, 0x7FFFFF, -1);
        float[] s = WavReader.read(file(fmt(1, 1, 96000, 24), data)).channels()[0];
        assertArrayEquals(new float[] {0.5f, -0.5f, 0x7FFFFF / 8388608f, -1 / 8388608f}, s);
    }

    @Test
    void readsThirtyTwoBitIntegerAndFloat() throws IOException {
        float[] ints = WavReader.read(file(fmt(1, 1, 44100, 32), le(4, 1 << 30, Integer.MIN_VALUE))).channels()[0];
        assertArrayEquals(new float[] {0.5f, -1f}, ints);
        ByteBuffer floats = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.25f).putFloat(-1.5f).putFloat(1e-6f);
        WavAudio f = WavReader.read(file(fmt(3, 1, 44100, 32), floats.array()));
        assertEquals(32, f.bitsPerSample());
        assertArrayEquals(new float[] {0.25f, -1.5f, 1e-6f}, f.channels()[0]);
    }

    @Test
    void readsWaveFormatExtensibleWithFourChannels() throws IOException {
        ByteBuffer fmt = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        fmt.put(fmt(0xFFFE, 4, 44100, 16)).putShort((short) 22).putShort((short) 16).putInt(0x33);
        fmt.putShort((short) 1).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        WavAudio a = WavReader.read(file(fmt.array(), le(2, 1, 2, 3, 4, 5, 6, 7, 8)));
        assertEquals(4, a.channels().length);
        assertArrayEquals(new float[] {4 / 32768f, 8 / 32768f}, a.channels()[3]);
        assertEquals(WavFormat.PCM, WavReader.info(file(fmt.array(), le(2, 1, 2, 3, 4))).format().formatTag());
    }

    @Test
    void skipsUnknownChunksAnywhereIncludingOddSizedOnes() throws IOException {
        byte[] bytes = riff(chunk("JUNK", new byte[3]), chunk("fmt ", fmt(1, 1, 8000, 16)),
                chunk("bext", new byte[17]), chunk("data", le(2, 100, -100)), chunk("id3 ", new byte[5]));
        Path f = write(bytes);
        assertArrayEquals(new float[] {100 / 32768f, -100 / 32768f}, WavReader.read(f).channels()[0]);
    }

    @Test
    void readsInfoTagsAndCueLabelsFromAnotherWriter() throws IOException {
        byte[] info = concat(ascii("INFO"), chunk("INAM", z("Kapitel Eins — Sturm")), chunk("IART", z("Ann")));
        ByteBuffer cue = ByteBuffer.allocate(4 + 48).order(ByteOrder.LITTLE_ENDIAN).putInt(2);
        cue.putInt(7).putInt(0).put(ascii("data")).putInt(0).putInt(0).putInt(300);
        cue.putInt(9).putInt(0).put(ascii("data")).putInt(0).putInt(0).putInt(10);
        byte[] adtl = concat(ascii("adtl"), chunk("labl", concat(le(4, 7), z("later"))),
                chunk("note", concat(le(4, 9), z("a note, not a label"))));
        Path f = write(riff(chunk("fmt ", fmt(1, 1, 8000, 16)), chunk("data", new byte[1000]),
                chunk("LIST", info), chunk("cue ", cue.array()), chunk("LIST", adtl)));
        WavInfo i = WavReader.info(f);
        assertEquals(Map.of("INAM", "Kapitel Eins — Sturm", "IART", "Ann"), i.tags());
        assertEquals(List.of(new CueMarker(10, ""), new CueMarker(300, "later")), i.markers());
        assertEquals(500, i.frames());
        assertEquals(500 / 8000.0, i.durationSeconds(), 1e-12);
    }

    @Test
    void streamingReadGivesTheSameSamplesAsReadingAtOnce() throws IOException {
        short[] values = new short[2 * 10007];
        for (int i = 0; i < values.length; i++) {
            values[i] = (short) (i * 7919);
        }
        ByteBuffer data = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.asShortBuffer().put(values);
        Path f = file(fmt(1, 2, 44100, 16), data.array());
        float[][] all = WavReader.read(f).channels();
        float[][] block = new float[2][1000];
        int at = 0;
        try (WavSampleStream in = WavReader.open(f)) {
            for (int n; (n = in.read(block)) > 0; at += n) {
                for (int c = 0; c < 2; c++) {
                    assertArrayEquals(Arrays.copyOfRange(all[c], at, at + n), Arrays.copyOf(block[c], n));
                }
            }
        }
        assertEquals(10007, at);
    }

    @Test
    void rejectsWhatIsNotRiffWave() throws IOException {
        assertFails(write("ID3\3 this is an mp3".getBytes(StandardCharsets.US_ASCII)), "not a RIFF/WAVE file");
        assertFails(write(new byte[3]), "not a RIFF/WAVE file");
        assertFails(write(concat(ascii("RIFF"), le(4, 4), ascii("AVI "))), "not a RIFF/WAVE file");
    }

    @Test
    void namesAnUnsupportedFormatTag() throws IOException {
        assertFails(file(fmt(85, 2, 44100, 0), new byte[8]), "unsupported format tag 85");
    }

    @Test
    void detectsTruncatedData() throws IOException {
        byte[] whole = riff(chunk("fmt ", fmt(1, 2, 44100, 16)), chunk("data", new byte[400]));
        assertFails(write(Arrays.copyOf(whole, whole.length - 10)), "truncated data chunk");
        assertFails(file(fmt(1, 2, 44100, 16), new byte[6]), "truncated data chunk");
    }

    @Test
    void detectsMissingChunksAndInconsistentFormat() throws IOException {
        assertFails(write(riff(chunk("data", new byte[4]))), "no fmt chunk");
        assertFails(write(riff(chunk("fmt ", fmt(1, 1, 8000, 16)))), "no data chunk");
        byte[] badAlign = fmt(1, 2, 8000, 16);
        badAlign[12] = 3;
        assertFails(file(badAlign, new byte[8]), "block align 3");
        assertFails(file(fmt(1, 1, 8000, 12), new byte[8]), "unsupported 12-bit PCM");
    }

    private void assertFails(Path f, String expected) {
        IOException e = assertThrows(IOException.class, () -> WavReader.read(f));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(f.getFileName().toString()), "names the file: " + e.getMessage());
    }

    private Path file(byte[] fmt, byte[] data) throws IOException {
        return write(riff(chunk("fmt ", fmt), chunk("data", data)));
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "in", ".wav"), bytes);
    }

    static byte[] fmt(int tag, int channels, int rate, int bits) {
        int align = channels * bits / 8;
        return ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putShort((short) tag)
                .putShort((short) channels).putInt(rate).putInt(rate * align)
                .putShort((short) align).putShort((short) bits).array();
    }

    static byte[] riff(byte[]... chunks) {
        byte[] body = concat(ascii("WAVE"), concat(chunks));
        return concat(ascii("RIFF"), le(4, body.length), body);
    }

    static byte[] chunk(String id, byte[] body) {
        return concat(ascii(id), le(4, body.length), body, new byte[body.length % 2]);
    }

    /** Little-endian integers of {@code width} bytes each. */
    static byte[] le(int width, long... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long v : values) {
            for (int b = 0; b < width; b++) {
                out.write((int) (v >> (8 * b)));
            }
        }
        return out.toByteArray();
    }

    static byte[] z(String text) {
        return concat(text.getBytes(StandardCharsets.UTF_8), new byte[1]);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
