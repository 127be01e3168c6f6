package audiobook.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.WavMetadata;
import audiobook.export.WavWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayerTest {

    @TempDir
    Path dir;

    @Test
    void reopensTheSinkWhenTheFormatChangesAndDrainsEveryTrack() throws Exception {
        Path stereo = wav("a.wav", 44100, 2, 1000);
        Path mono = wav("b.wav", 22050, 1, 500);
        Playlist list = new Playlist("t", null, dir, List.of(
                new Track(1, "a", stereo, 1000 * 1000L / 44100, List.of()),
                new Track(2, "b", mono, 500 * 1000L / 22050, List.of())));
        CaptureSink sink = new CaptureSink();
        PlaybackPosition end = new Player(sink).play(list, 0, 0, PlaybackListener.SILENT);
        assertTrue(end.finished());
        assertEquals(List.of(new CaptureSink.Opening(44100, 2), new CaptureSink.Opening(22050, 1)), sink.openings);
        assertEquals(2, sink.drains);
        assertEquals(1500, sink.frames());
    }

    @Test
    void reportsWhatWasHeardInOrderUpToTheEnd() throws Exception {
        Path file = wav("c.wav", 44100, 1, 44100);
        Track track = new Track(1, "c", file, 1000, List.of());
        List<Long> positions = new ArrayList<>();
        List<String> events = new ArrayList<>();
        new Player(new CaptureSink()).play(new Playlist("t", null, dir, List.of(track)), 0, 250, new PlaybackListener() {
            @Override
            public void trackStarted(Track t, int index, int count, long fromMs) {
                events.add("start " + index + "/" + count + " from " + fromMs);
            }

            @Override
            public void position(Track t, long ms) {
                positions.add(ms);
            }

            @Override
            public void trackFinished(Track t) {
                events.add("finished");
            }
        });
        assertEquals(List.of("start 0/1 from 250", "finished"), events);
        for (int i = 1; i < positions.size(); i++) {
            assertTrue(positions.get(i) >= positions.get(i - 1), "never goes back: " + positions);
        }
        assertTrue(positions.get(0) > 250 && positions.get(0) < 300, "first block after the start: " + positions.get(0));
        assertEquals(1000, positions.get(positions.size() - 1));
    }

    @Test
    void theSentenceAtATimeIsTheLastOneStartedBeforeIt() {
        Track track = new Track(1, "t", Path.of("x.wav"), 3000, List.of(
                new Sentence(0, 500, "a"), new Sentence(1000, 1500, "b")));
        assertEquals("a", track.sentenceAt(0).text());
        assertEquals("a", track.sentenceAt(999).text(), "still shown in the pause after it");
        assertEquals("b", track.sentenceAt(2999).text());
        assertEquals(null, new Track(1, "t", Path.of("x.wav"), 3000, List.of(new Sentence(200, 300, "c"))).sentenceAt(100));
    }

    private Path wav(String name, int rate, int channels, int frames) throws Exception {
        Path file = dir.resolve(name);
        try (WavWriter w = new WavWriter(file, rate, channels)) {
            w.write(new float[channels][frames], frames);
            w.commit(WavMetadata.NONE);
        }
        return file;
    }
}
