package audiobook.cli;

import audiobook.AudiobookException;
import audiobook.player.Playlist;
import audiobook.player.Track;
import java.util.List;

/** Where {@code play} starts: a chapter and a time in it, from {@code --chapter} and {@code --from}. */
record StartPoint(int trackIndex, long ms) {

    /**
     * With a chapter, {@code fromMs} is a time in that chapter; without one, a time in the whole
     * book, so "--from 12:30" continues a book wherever 12:30 falls.
     */
    static StartPoint of(Playlist playlist, Integer chapter, long fromMs) {
        List<Track> tracks = playlist.tracks();
        if (chapter != null) {
            for (int i = 0; i < tracks.size(); i++) {
                Track track = tracks.get(i);
                if (track.number() == chapter) {
                    if (fromMs >= track.durationMs()) {
                        throw AudiobookException.input("--from " + Durations.format(fromMs / 1000.0)
                                + " is past the end of chapter " + chapter + " (" + Durations.format(track.durationMs() / 1000.0) + ")");
                    }
                    return new StartPoint(i, fromMs);
                }
            }
            throw AudiobookException.input("--chapter " + chapter + ": no such chapter; " + playlist.folder()
                    + " has " + numbers(tracks));
        }
        long left = fromMs;
        for (int i = 0; i < tracks.size(); i++) {
            if (left < tracks.get(i).durationMs()) {
                return new StartPoint(i, left);
            }
            left -= tracks.get(i).durationMs();
        }
        throw AudiobookException.input("--from " + Durations.format(fromMs / 1000.0) + " is past the end of the book ("
                + Durations.format(playlist.durationMs() / 1000.0) + ")");
    }

    private static String numbers(List<Track> tracks) {
        int first = tracks.get(0).number();
        int last = tracks.get(tracks.size() - 1).number();
        boolean contiguous = last - first + 1 == tracks.size();
        if (tracks.size() == 1) {
            return "chapter " + first + " only";
        }
        return contiguous ? "chapters " + first + "-" + last
                : "chapters " + String.join(", ", tracks.stream().map(t -> String.valueOf(t.number())).toList());
    }
}
