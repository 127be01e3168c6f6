package audiobook.export;

/**
 * What an encoded file says about itself (ID3 in an MP3, iTunes-style atoms in an M4B). Null
 * texts and a track of 0 are left out.
 *
 * @param title       the chapter's title in a chapter's MP3, the book's in the M4B
 * @param album       the book's title
 * @param artist      the author
 * @param albumArtist the author, so players group the chapters as one book
 * @param track       the chapter's number, from 1; 0 for none
 * @param trackTotal  the book's number of chapters; 0 for none
 * @param year        e.g. "2025", or null
 * @param genre       "Audiobook"
 * @param comment     e.g. the tool and voice that made it
 * @param cover       the front cover, or null
 */
public record AudioTags(String title, String album, String artist, String albumArtist, int track, int trackTotal,
                        String year, String genre, String comment, CoverImage cover) {

    public static final String AUDIOBOOK = "Audiobook";

    public AudioTags withTitle(String newTitle) {
        return new AudioTags(newTitle, album, artist, albumArtist, track, trackTotal, year, genre, comment, cover);
    }

    public AudioTags withTrack(int newTrack, int newTotal) {
        return new AudioTags(title, album, artist, albumArtist, newTrack, newTotal, year, genre, comment, cover);
    }

    public AudioTags withCover(CoverImage newCover) {
        return new AudioTags(title, album, artist, albumArtist, track, trackTotal, year, genre, comment, newCover);
    }
}
