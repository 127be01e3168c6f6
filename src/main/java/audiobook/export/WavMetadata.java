package audiobook.export;

import java.util.List;

/**
 * What a WAV file says about itself: LIST/INFO tags and cue markers. Passed to
 * {@link WavWriter#commit(WavMetadata)} rather than at open, because the markers of a
 * streamed chapter are only all known once its last block is written.
 *
 * <p>A null text or a track below 1 means "leave that tag out".
 *
 * @param title    INAM: the chapter title
 * @param album    IPRD: the book title
 * @param artist   IART: the author
 * @param track    ITRK: the chapter number, 1-based
 * @param comment  ICMT
 * @param markers  one cue point with a label each, in any order
 * @param software ISFT: the program that made the file
 */
public record WavMetadata(String title, String album, String artist, int track, String comment,
                          List<CueMarker> markers, String software) {

    /** No tags, no markers. */
    public static final WavMetadata NONE = new WavMetadata(null, null, null, 0, null, List.of());

    public WavMetadata {
        markers = markers == null ? List.of() : List.copyOf(markers);
    }

    /** Without a software tag. */
    public WavMetadata(String title, String album, String artist, int track, String comment,
                       List<CueMarker> markers) {
        this(title, album, artist, track, comment, markers, null);
    }

    public WavMetadata withMarkers(List<CueMarker> newMarkers) {
        return new WavMetadata(title, album, artist, track, comment, newMarkers, software);
    }

    public WavMetadata withSoftware(String newSoftware) {
        return new WavMetadata(title, album, artist, track, comment, markers, newSoftware);
    }
}
