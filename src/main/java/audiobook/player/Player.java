package audiobook.player;

import audiobook.AudiobookException;
import audiobook.export.WavFormat;
import audiobook.export.WavReader;
import audiobook.export.WavSampleStream;
import java.io.IOException;

/**
 * Streams a playlist's chapter files into an {@link AudioSink} in blocks, so memory stays small
 * whatever the chapter length, and reports what the listener has heard (the sink's played
 * position, not what was written, which runs ahead by the device's buffer).
 */
public final class Player {

    private static final int BLOCK_FRAMES = 2048;

    private final AudioSink sink;
    private volatile boolean stopped;
    private WavFormat openFormat;

    public Player(AudioSink sink) {
        this.sink = sink;
    }

    /**
     * Opens the sink for {@code track}'s format unless it is open for it already. Callers may
     * call it before {@link #play} to learn early that there is no device.
     */
    public void openFor(Track track) {
        WavFormat format = format(track);
        if (openFormat == null || openFormat.sampleRate() != format.sampleRate()
                || openFormat.channels() != format.channels()) {
            sink.open(format.sampleRate(), format.channels());
            openFormat = format;
        }
    }

    /** Plays the tracks from {@code first}, starting {@code fromMs} into it, until the end or {@link #stop()}. */
    public PlaybackPosition play(Playlist playlist, int first, long fromMs, PlaybackListener listener) {
        long start = fromMs;
        for (int i = first; i < playlist.tracks().size(); i++) {
            Track track = playlist.tracks().get(i);
            long reached = playTrack(track, i, playlist.tracks().size(), start, listener);
            if (stopped) {
                return new PlaybackPosition(i, reached, false);
            }
            listener.trackFinished(track);
            start = 0;
        }
        return new PlaybackPosition(playlist.tracks().size() - 1, playlist.tracks().isEmpty() ? 0
                : playlist.tracks().get(playlist.tracks().size() - 1).durationMs(), true);
    }

    /** Stops playback from any thread (Ctrl-C); {@link #play} returns where the listener got to. */
    public void stop() {
        stopped = true;
        sink.stop();
    }

    private long playTrack(Track track, int index, int count, long fromMs, PlaybackListener listener) {
        openFor(track);
        int rate = openFormat.sampleRate();
        long skip = fromMs * rate / 1000;
        long base = sink.framesPlayed();
        long reached = fromMs;
        listener.trackStarted(track, index, count, fromMs);
        try (WavSampleStream in = WavReader.open(track.file())) {
            float[][] block = new float[in.info().format().channels()][BLOCK_FRAMES];
            for (int n; !stopped && (n = in.read(block)) > 0; ) {
                if (skip >= n) {
                    skip -= n;
                    continue;
                }
                int offset = (int) skip;
                skip = 0;
                if (offset > 0) {
                    for (float[] channel : block) {
                        System.arraycopy(channel, offset, channel, 0, n - offset);
                    }
                }
                sink.write(block, n - offset);
                reached = fromMs + (sink.framesPlayed() - base) * 1000 / rate;
                listener.position(track, reached);
            }
        } catch (IOException e) {
            throw AudiobookException.input(track.file() + ": cannot read the chapter (" + e.getMessage()
                    + "); rebuild the book with 'audiobook build'");
        }
        if (!stopped) {
            sink.drain();
            reached = fromMs + (sink.framesPlayed() - base) * 1000 / rate;
            listener.position(track, reached);
        }
        return reached;
    }

    private static WavFormat format(Track track) {
        try {
            return WavReader.info(track.file()).format();
        } catch (IOException e) {
            throw AudiobookException.input(track.file() + ": not a playable WAV file (" + e.getMessage() + ")");
        }
    }
}
