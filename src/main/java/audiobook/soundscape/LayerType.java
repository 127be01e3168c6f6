package audiobook.soundscape;

import java.util.List;
import java.util.Locale;

/** The kinds of layer a soundscape is made of, each with the parameters its definition may set. */
public enum LayerType {
    WIND("three layers driven by the gusts: a low body (40-250 Hz), a broad whoosh around the centre whose pitch "
            + "rises with each gust and which comes in part from the gust's own moving place, and air, leaf ticks and "
            + "two whistling wires (2-8 kHz) that rise with each gust and lag it",
            new LayerParameter("centre_hz", 60, 4000, 420, "centre of the whoosh at middle intensity (its band runs "
                    + "from about half to 3.6 times it)"),
            new LayerParameter("bandwidth_hz", 20, 2000, 320, "width of the soft peak at the whoosh's centre"),
            new LayerParameter("gustiness", 0, 1, 1, "how far gusts swell and drop the wind (1: about 12 dB)"),
            new LayerParameter("whistle", 0, 1, 0.35, "level of the wires that whistle in strong gusts"),
            new LayerParameter("body", 0, 1, 0.6, "level of the low body, 40-250 Hz"),
            new LayerParameter("air", 0, 1, 0.35, "level of the air and leaf ticks, 2-8 kHz")),
    RAIN("close drops one by one (each from its own place, ringing a surface at 0.5-4 kHz or a bubble in water, "
            + "the loudest 25 dB over the wash) over a distant wash at 300 Hz-10 kHz, and a low roar in a downpour; "
            + "gusts lean on it",
            new LayerParameter("drops_per_second", 5, 400, 90, "close drops a second at full intensity (12 % of "
                    + "them at intensity 0)"),
            new LayerParameter("roar", 0, 1, 0.6, "level of the low roar (below 200 Hz) above intensity 0.55")),
    THUNDER("strikes at a distance and a bearing: a crack of 2-4 re-strikes at 1-3 kHz when near, a rumble of "
            + "rolls that darkens over 8-18 s, a saturated growl that reaches 100-300 Hz; high-passed at 32 Hz; "
            + "started only in narration pauses",
            new LayerParameter("strikes_per_minute", 0.5, 6, 4,
                    "average rate at full intensity (at least 9 s apart; each waits for a pause)")),
    SEA("waves of random period: a swell at 20-200 Hz that rises and falls with each, breaking crests (1-4 s "
            + "broadband bursts from a moving place), spray hiss; for a ship, hull thumps and creaking rigging",
            new LayerParameter("wave_seconds", 3, 20, 9, "mean period of the waves (each is 2/3 to 4/3 of it)"),
            new LayerParameter("crests", 0, 1, 0.6, "chance that a wave breaks at full intensity"),
            new LayerParameter("spray", 0, 1, 0.5, "level of the spray hiss above 3 kHz, raised after each crest"),
            new LayerParameter("hull", 0, 1, 0, "level of a ship's hull thumps in the troughs (0: no ship)"),
            new LayerParameter("rigging", 0, 1, 0, "level of rigging that creaks as the ship rolls")),
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
