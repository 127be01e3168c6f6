package audiobook.soundscape;

import java.util.List;

/**
 * One layer of a soundscape: its generator type, its level in dB at full intensity, the scene
 * channels whose highest value drives its intensity, and the intensity it never falls below.
 */
public record LayerDefinition(String type, double levelDb, List<String> follows, double floor) {

    public LayerDefinition {
        follows = List.copyOf(follows);
    }
}
