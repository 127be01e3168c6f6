package audiobook.soundscape;

import java.util.List;

/** A named soundscape: the layers it lays under the narration (see README "Soundscapes"). */
public record SoundscapeDefinition(String name, String description, List<LayerDefinition> layers) {

    public SoundscapeDefinition {
        layers = List.copyOf(layers);
    }
}
