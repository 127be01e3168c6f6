package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    private static final double LSB = 1.0 / 32768;
    private static final int RATE = 44100;

    @TempDir
    Path dir;

    /** A stereo test signal: 440 Hz sine left, a full-scale-ish 97 Hz sine right. */
    static float[][] signal(int frames) {
        float[][] s = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            s[0][i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / RATE));
            s[1][i] = (float) (0.999 * Math.sin(2 * Math.PI * 97 * i / RATE + 1));
        }
        return s;
    }

    /** Writes {@code audio} in uneven blocks through one reused block array, as a renderer would. */
    static void writeInBlocks(WavWriter wav, float[][] audio) throws IOException {
        int[] sizes = {1000, 37, 4096, 1};
        float[][] block = new float[audio.length][4096];
        int at = 0;
        for (int k = 0; at < audio[0].length; k++) {
            int n = Math.min(sizes[k % sizes.length], audio[0].length - at);
            for (int c = 0; c < audio.length; c++) {
                System.arraycopy(audio[c], at, block[c], 0, n);
            }
            wav.write(block, n);
            at += n;
        }
    }

    static WavMetadata chapterMetadata() {
        return new WavMetadata("Chapter One: The Storm", "The Tempest Book", "Ann Author", 1,
                "immersive master", List.of(new CueMarker(2205, "It was a dark night."),
                        new CueMarker(0, "Chapter One."), new CueMarker(3000, "Café — “storm”!")),
                "audiobook 0.1.0");
    }

    @Test
    void roundTripsSamplesWithinOneLsbAndMetadataExactly() throws IOException {
        Path file = dir.resolve("01 Chapter One.wav");
        float[][] audio = signal(RATE);
        try (WavWriter wav = new WavWriter(file, RATE, 2)) {
            writeInBlocks(wav, audio);
            wav.commit(chapterMetadata());
            assertEquals(RATE, wav.framesWritten());
            assertEquals(0, wav.clippedSamples());
        }
        WavAudio back = WavReader.read(file);
        assertEquals(RATE, back.sampleRate());
        assertEquals(16, back.bitsPerSample());
        assertEquals(2, back.channels().length);
        assertEquals(RATE, back.frames());
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < RATE; i++) {
                assertEquals(audio[c][i], back.channels()[c][i], LSB / 2 + 1e-9, "channel " + c + " frame " + i);
            }
        }
        WavInfo info = WavReader.info(file);
        assertEquals(Map.of("INAM", "Chapter One: The Storm", "IPRD", "The Tempest Book",
                "IART", "Ann Author", "ISTR", "Ann Author", "ITRK", "1", "ICMT", "immersive master", "ISFT", "audiobook 0.1.0"),
                info.tags());
        assertEquals(List.of(new CueMarker(0, "Chapter One."), new CueMarker(2205, "It was a dark night."),
                new CueMarker(3000, "Café — “storm”!")), info.markers());
        WavMetadata expected = chapterMetadata();
        assertEquals(expected.withMarkers(info.markers()), info.metadata());
    }

    @Test
    void javaSoundReadsFormatLengthAndSamples() throws IOException, UnsupportedAudioFileException {
        Path file = dir.resolve("stereo.wav");
        float[][] audio = signal(5000);
        try (WavWriter wav = new WavWriter(file, RATE, 2)) {
            writeInBlocks(wav, audio);
            wav.commit(chapterMetadata());
        }
        AudioFileFormat fileFormat = AudioSystem.getAudioFileFormat(file.toFile());
        assertEquals(AudioFileFormat.Type.WAVE, fileFormat.getType());
        assertEquals(5000, fileFormat.getFrameLength());
        AudioFormat format = fileFormat.getFormat();
        assertEquals(AudioFormat.Encoding.PCM_SIGNED, format.getEncoding());
        assertEquals(RATE, format.getSampleRate());
        assertEquals(2, format.getChannels());
        assertEquals(16, format.getSampleSizeInBits());
        assertFalse(format.isBigEndian());
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            ByteBuffer pcm = ByteBuffer.wrap(in.readAllBytes()).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(5000 * 4, pcm.limit(), "javax.sound must stop at the end of the data chunk");
            for (int i = 0; i < 5000; i++) {
                assertEquals(audio[0][i], pcm.getShort() / 32768.0, LSB / 2 + 1e-9, "left " + i);
                assertEquals(audio[1][i], pcm.getShort() / 32768.0, LSB / 2 + 1e-9, "right " + i);
            }
        }
    }

    @Test
    void chunksAreSizedAndPaddedCorrectly() throws IOException {
        Path file = dir.resolve("mono.wav");
        try (WavWriter wav = new WavWriter(file, 22050, 1)) {
            wav.write(new float[][] {new float[777]}, 777);
            // Odd-length texts force pad bytes.
            wav.commit(new WavMetadata("Odd", "Ev", null, 12, null, List.of(new CueMarker(5, "abc"))));
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", ascii(b, 0));
        assertEquals(b.limit() - 8, b.getInt(4), "RIFF size");
        assertEquals("WAVE", ascii(b, 8));
        assertEquals(22050 * 2, b.getInt(28), "byte rate");
        List<String> ids = new ArrayList<>();
        int pos = 12;
        while (pos < b.limit()) {
            String id = ascii(b, pos);
            int size = b.getInt(pos + 4);
            ids.add(id + ":" + size);
            pos += 8 + size + (size & 1);
        }
        assertEquals(b.limit(), pos, "chunks must tile the file exactly");
        // INFO: INAM "Odd\0" (4) + IPRD "Ev\0" (3, padded) + ITRK "12\0" (3, padded) = 4 + 12 + 12 + 12
        assertEquals(List.of("fmt :16", "data:1554", "LIST:40", "cue :28", "LIST:20"), ids);
    }

    @Test
    void roundsToNearestInsteadOfTruncating() throws IOException {
        float[] samples = {(float) (0.6 * LSB), (float) (-0.6 * LSB), (float) (0.4 * LSB),
            (float) (-0.4 * LSB), (float) (2.5001 * LSB), (float) (-3.7 * LSB)};
        assertArrayEquals(new int[] {1, -1, 0, 0, 3, -4}, writeMonoAndReadInts(samples, Dither.NONE));
    }

    @Test
    void countsAndClampsSamplesBeyondFullScale() throws IOException {
        Path file = dir.resolve("loud.wav");
        float[] samples = {1.5f, -2f, 1.0f, -1.0f, 0.5f, 1.0001f, -1.00002f};
        try (WavWriter wav = new WavWriter(file, RATE, 1)) {
            wav.write(new float[][] {samples}, samples.length);
            assertEquals(4, wav.clippedSamples());
            wav.commit(WavMetadata.NONE);
        }
        assertArrayEquals(new int[] {32767, -32768, 32767, -32768, 16384, 32767, -32768}, ints(file));
    }

    @Test
    void exceptionMidWriteLeavesNoFinalFileAndNoTemporary() throws IOException {
        Path file = dir.resolve("02 Interrupted.wav");
        assertThrows(IllegalStateException.class, () -> {
            try (WavWriter wav = new WavWriter(file, RATE, 2)) {
                writeInBlocks(wav, signal(10000));
                assertTrue(Files.exists(AtomicFiles.tempFor(file)), "writes go to the temporary file");
                throw new IllegalStateException("renderer failed");
            }
        });
        assertEquals(List.of(), AtomicFilesTest.names(dir));
    }

    @Test
    void abortedRewriteKeepsTheExistingFile() throws IOException {
        Path file = dir.resolve("03 Kept.wav");
        try (WavWriter wav = new WavWriter(file, RATE, 2)) {
            writeInBlocks(wav, signal(3000));
            wav.commit(WavMetadata.NONE);
        }
        byte[] before = Files.readAllBytes(file);
        try (WavWriter wav = new WavWriter(file, RATE, 2)) {
            writeInBlocks(wav, signal(9000));
            wav.abort();
            assertThrows(IllegalStateException.class, () -> wav.commit(WavMetadata.NONE));
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("03 Kept.wav"), AtomicFilesTest.names(dir));
    }

    @Test
    void committedRewriteReplacesTheExistingFile() throws IOException {
        Path file = dir.resolve("04 Replaced.wav");
        for (int frames : new int[] {3000, 100}) {
            try (WavWriter wav = new WavWriter(file, RATE, 2)) {
                writeInBlocks(wav, signal(frames));
                wav.commit(WavMetadata.NONE);
            }
        }
        assertEquals(100, WavReader.info(file).frames());
        assertEquals(List.of("04 Replaced.wav"), AtomicFilesTest.names(dir));
    }

    @Test
    void nonFiniteSampleIsRejectedNamingTheFileAndNothingIsLeft() throws IOException {
        Path file = dir.resolve("05 NaN.wav");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try (WavWriter wav = new WavWriter(file, RATE, 1)) {
                wav.write(new float[][] {{0f, 0.1f, Float.NaN}}, 3);
                wav.commit(WavMetadata.NONE);
            }
        });
        assertTrue(e.getMessage().contains("05 NaN.wav") && e.getMessage().contains("frame"), e.getMessage());
        assertEquals(List.of(), AtomicFilesTest.names(dir));
    }

    @Test
    void markerPastTheEndIsRejectedAndNothingIsLeft() throws IOException {
        Path file = dir.resolve("06 Marker.wav");
        assertThrows(IllegalArgumentException.class, () -> {
            try (WavWriter wav = new WavWriter(file, RATE, 1)) {
                wav.write(new float[][] {new float[100]}, 100);
                wav.commit(WavMetadata.NONE.withMarkers(List.of(new CueMarker(101, "late"))));
            }
        });
        assertEquals(List.of(), AtomicFilesTest.names(dir));
    }

    @Test
    void writingAfterCommitFails() throws IOException {
        try (WavWriter wav = new WavWriter(dir.resolve("07.wav"), RATE, 1)) {
            wav.commit(WavMetadata.NONE);
            assertThrows(IllegalStateException.class, () -> wav.write(new float[][] {new float[1]}, 1));
        }
        assertEquals(0, WavReader.info(dir.resolve("07.wav")).frames());
    }

    @Test
    void veryLongLabelsAreCutAtAWordAndMarked() throws IOException {
        String sentence = "The wind rose over the moor and the rain came down in sheets. ".repeat(10);
        Path file = dir.resolve("08 Long.wav");
        try (WavWriter wav = new WavWriter(file, RATE, 1)) {
            wav.write(new float[][] {new float[10]}, 10);
            wav.commit(WavMetadata.NONE.withMarkers(List.of(new CueMarker(3, sentence))));
        }
        String label = WavReader.info(file).markers().get(0).label();
        assertTrue(label.length() <= MetadataChunks.MAX_LABEL_CHARS && label.length() > 150, label);
        assertTrue(label.endsWith("…") && !label.endsWith(" …"), label);
        assertTrue(sentence.startsWith(label.substring(0, label.length() - 1)), label);
        assertTrue(sentence.charAt(label.length() - 1) == ' ', "cut falls on a word boundary: " + label);
    }

    @Test
    void ditherIsDeterministicPerSeedAndStaysWithinOneLsbOnSilence() throws IOException {
        float[] silence = new float[20000];
        int[] a = writeMonoAndReadInts(silence, Dither.tpdf(42));
        int[] b = writeMonoAndReadInts(silence, Dither.tpdf(42));
        int[] c = writeMonoAndReadInts(silence, Dither.tpdf(43));
        assertArrayEquals(a, b, "same seed, same samples");
        assertFalse(java.util.Arrays.equals(a, c), "another seed, other samples");
        long sum = 0;
        int nonZero = 0;
        for (int v : a) {
            assertTrue(Math.abs(v) <= 1, "TPDF dither of ±1 LSB peak gives at most 1 LSB: " + v);
            sum += v;
            nonZero += v != 0 ? 1 : 0;
        }
        assertTrue(nonZero > 2000, "dither is audible in the bits: " + nonZero);
        assertTrue(Math.abs(sum) < 300, "dither is zero-mean: " + sum);
        assertArrayEquals(new int[silence.length], writeMonoAndReadInts(silence, Dither.NONE));
    }

    @Test
    void sameInputAndSeedGiveByteIdenticalFiles() throws IOException {
        Path one = dir.resolve("a/x.wav");
        Path two = dir.resolve("b/x.wav");
        for (Path p : List.of(one, two)) {
            try (WavWriter wav = new WavWriter(p, RATE, 2, Dither.tpdf(7))) {
                writeInBlocks(wav, signal(12345));
                wav.commit(chapterMetadata());
            }
        }
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two));
    }

    private int[] writeMonoAndReadInts(float[] samples, Dither dither) throws IOException {
        Path file = Files.createTempFile(dir, "mono", ".wav");
        try (WavWriter wav = new WavWriter(file, RATE, 1, dither)) {
            wav.write(new float[][] {samples}, samples.length);
            wav.commit(WavMetadata.NONE);
        }
        return ints(file);
    }

    /** Raw 16-bit values as stored, via the reader's exact /32768 scaling. */
    private static int[] ints(Path file) throws IOException {
        float[] read = WavReader.read(file).channels()[0];
        int[] ints = new int[read.length];
        for (int i = 0; i < read.length; i++) {
            ints[i] = Math.round(read[i] * 32768);
        }
        return ints;
    }

    private static String ascii(ByteBuffer b, int at) {
        byte[] four = new byte[4];
        b.get(at, four);
        return new String(four, StandardCharsets.US_ASCII);
    }
}
