package audiobook.player;

import audiobook.AudiobookException;
import audiobook.audio.Block;
import audiobook.export.WavFormat;
import audiobook.export.WavReader;
import audiobook.export.WavSampleStream;
import audiobook.speech.Wsola;
import java.io.IOException;

/**
 * Streams a playlist's chapter files into an {@link AudioSink} in blocks, so memory stays small
 * whatever the chapter length, and reports what the listener has heard (the sink's played
 * position, not what was written, which runs ahead by the device's buffer). At a speed other
 * than 1 the samples go through a streaming {@link Wsola} (faster or slower, same pitch) and
 * every position is still in the book's time, so captions and {@code --from} stay right.
 */
public final class Player {

    private static final int BLOCK_FRAMES = 2048;

    /** The speeds {@code play --speed} accepts: beyond them WSOLA's repeated or dropped periods are heard as such. */
    public static final double MIN_SPEED = 0.5;
    public static final double MAX_SPEED = 2.0;

    private final AudioSink sink;
    private final double speed;
    private volatile boolean stopped;
    private WavFormat openFormat;

    public Player(AudioSink sink) {
        this(sink, 1);
    }

    /** Plays {@code speed} times as fast as recorded (1.25: a minute of book in 48 s), pitch unchanged. */
    public Player(AudioSink sink, double speed) {
        if (!(speed >= MIN_SPEED && speed <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed " + speed + " outside " + MIN_SPEED + "-" + MAX_SPEED);
        }
        this.sink = sink;
        this.speed = speed;
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
            int channels = in.info().format().channels();
            float[][] block = new float[channels][BLOCK_FRAMES];
            Wsola stretcher = speed == 1 ? null : new Wsola(rate, channels, 1 / speed);
            float[][] played = stretcher == null ? block : new float[channels][BLOCK_FRAMES];
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
                if (stretcher == null) {
                    sink.write(new Block(block, n - offset));
                } else {
                    stretcher.put(block, n - offset);
                    drainInto(stretcher, played);
                }
                reached = bookMs(fromMs, base, rate);
                listener.position(track, reached);
            }
            if (stretcher != null && !stopped) {
                stretcher.finish();
                drainInto(stretcher, played);
            }
        } catch (IOException e) {
            throw AudiobookException.input(track.file() + ": cannot read the chapter (" + e.getMessage()
                    + "); rebuild the book with 'audiobook build'");
        }
        if (!stopped) {
            sink.finish();
            reached = bookMs(fromMs, base, rate);
            listener.position(track, reached);
        }
        return reached;
    }

    private void drainInto(Wsola stretcher, float[][] played) {
        for (int n; !stopped && (n = stretcher.take(played, BLOCK_FRAMES)) > 0; ) {
            sink.write(new Block(played, n));
        }
    }

    /** Where in the chapter the listener is: what the sink has played, in the book's time (played × speed). */
    private long bookMs(long fromMs, long base, int rate) {
        return fromMs + (long) Math.floor((sink.framesPlayed() - base) * 1000 * speed / rate);
    }

    private static WavFormat format(Track track) {
        try {
            return WavReader.info(track.file()).format();
        } catch (IOException e) {
            throw AudiobookException.input(track.file() + ": not a playable WAV file (" + e.getMessage() + ")");
        }
    }
}
