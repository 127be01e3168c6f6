package audiobook.soundscape;

import java.util.List;
import java.util.Locale;

/** The kinds of layer a soundscape is made of, each with the parameters its definition may set. */
public enum LayerType {
    WIND("band-passed noise whose centre wanders and rises with intensity, gusts and a faint whistle",
            new LayerParameter("centre_hz", 60, 4000, 420, "centre of the band at middle intensity"),
            new LayerParameter("bandwidth_hz", 20, 2000, 320, "width of the band"),
            new LayerParameter("gustiness", 0, 1, 1, "how far gusts swell and drop the wind"),
            new LayerParameter("whistle", 0, 1, 0.35, "level of a narrow whistle above the band")),
    RAIN("a shower of random drops ringing small resonators over a high hiss; mostly above 2 kHz",
            new LayerParameter("drops_per_second", 10, 5000, 1950, "drops per second per channel at full intensity")),
    THUNDER("rare low rumbles with a long decay, started only in narration pauses; mostly below 200 Hz",
            new LayerParameter("strikes_per_minute", 0.5, 6, 4,
                    "average rate at full intensity (at least 9 s apart; each waits for a pause)")),
    DEBRIS("sparse rattles of small dry debris: short bursts of filtered clicks, each from its own place",
            new LayerParameter("rattles_per_minute", 0.5, 60, 8, "average rate at full intensity"),
            new LayerParameter("centre_hz", 500, 8000, 2500, "centre of the clicks' band")),
    LOOP("a WAV recording (field \"file\", relative to the definition's folder) played as a seamless loop",
            new LayerParameter("crossfade_seconds", 0.05, 10, 1.5, "length of the cross-fade at the loop point"));

    private final String description;
    private final List<LayerParameter> parameters;

    LayerType(String description, LayerParameter... parameters) {
        this.description = description;
        this.parameters = List.of(parameters);
    }

    /** The name used in definitions: "wind", "rain", … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public List<LayerParameter> parameters() {
        return parameters;
    }

    /** The type named in a definition, or null. */
    static LayerType of(String id) {
        for (LayerType type : values()) {
            if (type.id().equals(id)) {
                return type;
            }
        }
        return null;
    }
}
