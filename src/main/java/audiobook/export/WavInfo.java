package audiobook.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a WAV file says except its samples: format, length, LIST/INFO tags and markers.
 *
 * @param tags    INFO texts by their four-letter id ({@code INAM}, {@code IART}, …), in file order
 * @param markers cue points with their {@code labl} texts (empty label when none), by offset
 */
public record WavInfo(WavFormat format, long frames, Map<String, String> tags, List<CueMarker> markers) {

    public WavInfo {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        markers = List.copyOf(markers);
    }

    public double durationSeconds() {
        return (double) frames / format.sampleRate();
    }

    /** The tags and markers in the shape {@link WavWriter#commit} takes, for round-trip checks. */
    public WavMetadata metadata() {
        int track;
        try {
            track = Integer.parseInt(tags.getOrDefault("ITRK", "0").strip());
        } catch (NumberFormatException e) {
            track = 0;
        }
        return new WavMetadata(tags.get("INAM"), tags.get("IPRD"), tags.get("IART"), track,
                tags.get("ICMT"), markers, tags.get("ISFT"));
    }
}
