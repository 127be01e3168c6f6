package audiobook.cli;

import audiobook.player.PlaybackListener;
import audiobook.player.Playlist;
import audiobook.player.Sentence;
import audiobook.player.Track;
import java.io.PrintWriter;

/**
 * Shows what is playing: a line per chapter, a line per sentence as it is heard, with the time
 * in the chapter; on a terminal also a status line, redrawn in place, with the time in the book.
 */
final class PlaybackDisplay implements PlaybackListener {

    private static final String CLEAR_LINE = "\r\033[K";

    private final PrintWriter out;
    private final boolean terminal;
    private final Playlist playlist;
    private long trackOffsetMs;
    private Sentence shown;
    private long statusSecond = -1;

    PlaybackDisplay(PrintWriter out, boolean terminal, Playlist playlist) {
        this.out = out;
        this.terminal = terminal;
        this.playlist = playlist;
    }

    void header() {
        out.printf("Playing \"%s\"%s: %d chapter%s, %s (Ctrl-C stops)%n", playlist.title(),
                playlist.author() == null || playlist.author().isBlank() ? "" : " by " + playlist.author(),
                playlist.tracks().size(), playlist.tracks().size() == 1 ? "" : "s",
                Durations.format(playlist.durationMs() / 1000.0));
        out.flush();
    }

    @Override
    public void trackStarted(Track track, int index, int count, long fromMs) {
        trackOffsetMs = playlist.tracks().subList(0, index).stream().mapToLong(Track::durationMs).sum();
        shown = null;
        line(String.format("Chapter %d/%d: %s (%s)%s", index + 1, count, track.title(),
                Durations.format(track.durationMs() / 1000.0),
                fromMs > 0 ? ", from " + Durations.format(fromMs / 1000.0) : ""));
    }

    @Override
    public void position(Track track, long ms) {
        Sentence now = track.sentenceAt(ms);
        if (now != null && now != shown) {
            shown = now;
            line(String.format("  %s / %s  %s", Durations.format(ms / 1000.0),
                    Durations.format(track.durationMs() / 1000.0), now.text()));
        }
        if (terminal && ms / 1000 != statusSecond) {
            statusSecond = ms / 1000;
            status(track, ms);
        }
    }

    /** Leaves the terminal without a half-drawn status line. */
    void close() {
        if (terminal) {
            out.print(CLEAR_LINE);
            out.flush();
        }
    }

    private void status(Track track, long ms) {
        out.printf("%s  ▶ chapter %d  %s / %s   book %s / %s", CLEAR_LINE, track.number(),
                Durations.format(ms / 1000.0), Durations.format(track.durationMs() / 1000.0),
                Durations.format((trackOffsetMs + ms) / 1000.0), Durations.format(playlist.durationMs() / 1000.0));
        out.flush();
    }

    private void line(String text) {
        out.print(terminal ? CLEAR_LINE + text + System.lineSeparator() : text + System.lineSeparator());
        out.flush();
        statusSecond = -1;   // redraw the status line under the new line
    }
}
