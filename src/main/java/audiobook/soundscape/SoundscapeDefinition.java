package audiobook.soundscape;

import java.util.List;

/** A named soundscape: the layers it lays under the narration (see README "Soundscapes"). */
public record SoundscapeDefinition(String name, String description, List<LayerDefinition> layers) {

    /** No ambience at all: {@code --soundscape none} or {@code [soundscape: none]}. */
    public static final SoundscapeDefinition NONE = new SoundscapeDefinition("none", "No ambience.", List.of());

    public SoundscapeDefinition {
        layers = List.copyOf(layers);
    }

    public boolean isSilent() {
        return layers.isEmpty();
    }
}
