package audiobook.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Extended M3U in UTF-8 ({@code .m3u8}): {@code #EXTM3U}, a {@code #PLAYLIST:} title, then
 * per file {@code #EXTINF:<whole seconds>,<Artist - Title>} and its relative name. Names stay
 * plain, spaces included, which is what players expect of local playlists; URL-encoding them
 * would make some players look for a file literally named {@code 01%20Chapter...}.
 */
public final class PlaylistWriter {

    private PlaylistWriter() {
    }

    /** Writes atomically; {@code artist} may be null. */
    public static void write(Path file, String playlistTitle, String artist, List<PlaylistEntry> entries)
            throws IOException {
        AtomicFiles.writeString(file, format(playlistTitle, artist, entries));
    }

    /** @param playlistTitle the book title, or null to leave out {@code #PLAYLIST:} */
    public static String format(String playlistTitle, String artist, List<PlaylistEntry> entries) {
        StringBuilder out = new StringBuilder("#EXTM3U\n");
        if (playlistTitle != null && !playlistTitle.isBlank()) {
            out.append("#PLAYLIST:").append(oneLine(playlistTitle)).append('\n');
        }
        String prefix = artist == null || artist.isBlank() ? "" : oneLine(artist) + " - ";
        for (PlaylistEntry e : entries) {
            // Whole seconds: the classic EXTINF form, which every player parses.
            out.append("#EXTINF:").append(Math.round(e.durationSeconds())).append(',')
                    .append(prefix).append(oneLine(e.title())).append('\n');
            out.append(pathLine(e.fileName())).append('\n');
        }
        return out.toString();
    }

    /** A name starting with '#' would be read as a directive; "./" keeps it a relative path. */
    private static String pathLine(String fileName) {
        return fileName.startsWith("#") ? "./" + fileName : fileName;
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    }
}
