package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.export.WavMetadata;
import audiobook.export.WavReader;
import audiobook.export.WavWriter;
import audiobook.plan.SeedTree;
import audiobook.testing.Signals;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own recordings as loop layers. */
class LoopTest {

    private static final int RATE = 44100;

    @TempDir
    Path dir;

    @Test
    void theSeamIsNoLargerThanTheRecordingsOwnLargestStep() throws IOException {
        // A tone under a slow swell, 3.3 s long: its end does not meet its start.
        Path wav = write("tone.wav", RATE, (int) (3.3 * RATE),
                i -> 0.4 * Math.sin(2 * Math.PI * 220.7 * i / RATE) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 0.37 * i / RATE)));
        float[] file = WavReader.read(wav).channels()[0];
        double rms = Math.pow(10, Signals.rmsDb(file) / 20);
        double ownStep = largestStep(file) / rms;
        assertTrue(Math.abs(file[file.length - 1] - file[0]) / rms > 3 * ownStep, "a plain loop would click");

        LoopRecording recording = LoopRecording.read(wav, 0.5);
        float[][] played = LayerTest.render(new LoopLayer(recording, SeedTree.root(3), RATE), 12, 1);
        assertTrue(largestStep(played[0]) <= ownStep * 1.001, largestStep(played[0]) + " vs " + ownStep);
        assertTrue(largestStep(played[1]) <= ownStep * 1.001);
    }

    @Test
    void aNoiseLoopKeepsItsLevelThroughTheCrossFade() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        Path wav = write("noise.wav", RATE, 2 * RATE, i -> 0.3 * (2 * random.nextDouble() - 1));
        LoopRecording recording = LoopRecording.read(wav, 0.5);
        float[] loop = recording.loopAt(RATE)[0];
        int fade = RATE / 2;
        double inFade = Signals.rmsDb(loop, fade / 4, 3 * fade / 4);
        double outside = Signals.rmsDb(loop, fade, loop.length);
        assertEquals(outside, inFade, 0.5, "equal power for unrelated material");
        assertEquals(0, outside, 0.2, "scaled to RMS 1 like every layer");
    }

    @Test
    void aMonoFileOfAnotherRateIsConvertedAndSpreadAcrossBothChannels() throws IOException {
        SplittableRandom random = new SplittableRandom(9);
        Path tone = write("tone48.wav", 48000, 3 * 48000, i -> 0.3 * Math.sin(2 * Math.PI * 1000 * i / 48000.0));
        float[][] played = LayerTest.render(new LoopLayer(LoopRecording.read(tone, 0.2), SeedTree.root(1), RATE), 5, 1);
        assertTrue(Signals.bandFraction(played[0], RATE, 950, 1050) > 0.95, "1 kHz stays 1 kHz at 44.1 kHz");
        Path noise = write("noise48.wav", 48000, 3 * 48000, i -> 0.3 * (2 * random.nextDouble() - 1));
        float[][] wide = LayerTest.render(new LoopLayer(LoopRecording.read(noise, 0.2), SeedTree.root(1), RATE), 5, 1);
        assertTrue(Math.abs(LayerTest.correlation(wide[0], wide[1])) < 0.1, "left and right decorrelated");
    }

    @Test
    void aFileOfFourChannelsGivesItsFirstTwo() throws IOException {
        Path wav = dir.resolve("quad.wav");
        int frames = 2 * RATE;
        ByteBuffer data = ByteBuffer.allocate(frames * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            data.putShort((short) (8000 * Math.sin(2 * Math.PI * 300 * i / RATE)));
            data.putShort((short) (8000 * Math.sin(2 * Math.PI * 3000 * i / RATE)));
            data.putShort((short) 0);
            data.putShort((short) 0);
        }
        Files.write(wav, wavBytes(RATE, 4, data.array()));
        LoopRecording recording = LoopRecording.read(wav, 0.2);
        assertEquals(2, recording.channels());
        float[][] played = LayerTest.render(new LoopLayer(recording, SeedTree.root(1), RATE), 3, 1);
        assertTrue(Signals.bandFraction(played[0], RATE, 250, 350) > 0.95);
        assertTrue(Signals.bandFraction(played[1], RATE, 2900, 3100) > 0.95);
    }

    @Test
    void aDefinitionFindsItsLoopBesideItAndNamesAMissingOrBrokenFile() throws IOException {
        write("rain.wav", RATE, 3 * RATE, i -> 0.1 * Math.sin(i * 0.3));
        Path def = Files.writeString(dir.resolve("porch.json"), """
                {"name": "porch", "description": "Rain on a porch roof.",
                 "layers": [{"type": "loop", "file": "rain.wav", "level_db": -30, "floor": 1}]}""");
        SoundscapeDefinition porch = SoundscapeLibrary.find(def.toString());
        assertEquals("loop rain.wav", porch.layers().get(0).label());
        String printed = porch.toString();
        assertTrue(printed.matches(".*LoopRecording\\[rain.wav, crossfade 1.5 s, sha256 [0-9a-f]{64}].*"), printed);
        write("rain.wav", RATE, 3 * RATE, i -> 0.1 * Math.sin(i * 0.31));
        assertTrue(!SoundscapeLibrary.find(def.toString()).toString().equals(printed), "an edited recording prints anew");

        Files.writeString(def, Files.readString(def).replace("rain.wav", "missing.wav"));
        AudiobookException missing = assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find(def.toString()));
        assertEquals(AudiobookException.Kind.INPUT, missing.kind());
        assertTrue(missing.getMessage().contains("porch.json") && missing.getMessage().contains("missing.wav")
                && missing.getMessage().contains("'file'"), missing.getMessage());

        Files.writeString(dir.resolve("broken.wav"), "RIFF this is not a wave file at all");
        Files.writeString(def, Files.readString(def).replace("missing.wav", "broken.wav"));
        AudiobookException broken = assertThrows(AudiobookException.class, () -> SoundscapeLibrary.find(def.toString()));
        assertEquals(AudiobookException.Kind.INPUT, broken.kind());
        assertTrue(broken.getMessage().contains("broken.wav"), broken.getMessage());
    }

    @Test
    void aRecordingTooShortForItsCrossFadeIsAnError() throws IOException {
        Path wav = write("blip.wav", RATE, RATE / 2, i -> 0.1 * Math.sin(i * 0.1));
        IOException e = assertThrows(IOException.class, () -> LoopRecording.read(wav, 1.5));
        assertTrue(e.getMessage().contains("blip.wav") && e.getMessage().contains("3.00 s"), e.getMessage());
    }

    private Path write(String name, int rate, int frames, IntToDoubleFunction sample) throws IOException {
        Path file = dir.resolve(name);
        float[][] block = new float[1][frames];
        for (int i = 0; i < frames; i++) {
            block[0][i] = (float) sample.applyAsDouble(i);
        }
        try (WavWriter writer = new WavWriter(file, rate, 1)) {
            writer.write(block, frames);
            writer.commit(WavMetadata.NONE);
        }
        return file;
    }

    private static byte[] wavBytes(int rate, int channels, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(44 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        b.put("data".getBytes()).putInt(data.length).put(data);
        return b.array();
    }

    private static double largestStep(float[] x) {
        double step = 0;
        for (int i = 1; i < x.length; i++) {
            step = Math.max(step, Math.abs(x[i] - x[i - 1]));
        }
        return step;
    }
}
