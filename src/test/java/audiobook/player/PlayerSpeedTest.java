package audiobook.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.WavMetadata;
import audiobook.export.WavWriter;
import audiobook.speech.PitchMeter;
import audiobook.speech.SpeechClip;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayerSpeedTest {

    private static final int RATE = 44100;
    private static final int FRAMES = 4 * RATE;

    @TempDir
    Path dir;

    @Test
    void at125TheClipTakes80PercentOfItsTimeAtTheSamePitchAndPositionsStayInBookTime() throws Exception {
        float[][] clip = {voice(0), voice(1)};
        Path file = dir.resolve("v.wav");
        try (WavWriter w = new WavWriter(file, RATE, 2)) {
            w.write(clip, FRAMES);
            w.commit(WavMetadata.NONE);
        }
        Track track = new Track(1, "v", file, FRAMES * 1000L / RATE, List.of());
        CaptureSink sink = new CaptureSink();
        List<Long> positions = new ArrayList<>();
        PlaybackPosition end = new Player(sink, 1.25).play(new Playlist("t", null, dir, List.of(track)), 0, 0,
                new PlaybackListener() {
                    @Override
                    public void position(Track t, long ms) {
                        positions.add(ms);
                    }
                });
        assertTrue(end.finished());
        assertEquals(FRAMES / 1.25, sink.frames(), FRAMES / 1.25 * 0.01, "1/1.25 of the duration");
        for (int c = 0; c < 2; c++) {
            double before = PitchMeter.medianHz(new SpeechClip(clip[c], RATE));
            double after = PitchMeter.medianHz(new SpeechClip(sink.channel(c), RATE));
            assertEquals(before, after, before * 0.01, "channel " + c + ": " + before + " Hz, played " + after + " Hz");
        }
        assertEquals(4000, positions.get(positions.size() - 1), 10, "the end is at the book's 0:04");
    }

    @Test
    void fromStartsAtTheBooksTimeAndTheRestIsStretched() throws Exception {
        Path book = TinyBook.write(dir.resolve("tiny"));
        Playlist list = Playlist.load(book);
        CaptureSink sink = new CaptureSink();
        PlaybackPosition end = new Player(sink, 0.5).play(list, 1, 1000, PlaybackListener.SILENT);
        assertTrue(end.finished());
        // chapter 2 is 2 s: from 1 s, one second of it at half speed is two seconds played
        assertEquals(2 * RATE, sink.frames(), 2 * RATE * 0.01);
    }

    /** Speech-like: harmonics of a fundamental gliding from 100 to 160 Hz, syllables of 200 ms with gaps. */
    private static float[] voice(int channel) {
        float[] x = new float[FRAMES];
        double phase = 0;
        for (int i = 0; i < FRAMES; i++) {
            phase += 2 * Math.PI * (100 + 60.0 * i / FRAMES) / RATE;
            double s = 0;
            for (int h = 1; h <= 10; h++) {
                s += Math.sin(h * phase + channel * h) / h;
            }
            double syllable = Math.max(0, Math.sin(2 * Math.PI * 2.5 * i / RATE));
            x[i] = (float) (0.25 * s * syllable);
        }
        return x;
    }
}
