package audiobook.soundscape;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One layer of a soundscape: its type, its level in dB at full intensity, the scene channels
 * whose highest value drives its intensity, the intensity it never falls below, the values of
 * its type's parameters that the definition sets, and for a loop the recording it plays (else
 * null). It prints the same in every JVM (parameters sorted, the recording by its content), as
 * the build's fingerprints need.
 */
public record LayerDefinition(LayerType type, double levelDb, List<String> follows, double floor,
                              SortedMap<String, Double> parameters, LoopRecording recording) {

    public LayerDefinition {
        follows = List.copyOf(follows);
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }


    /** A procedural layer with its parameters at their defaults. */
    public LayerDefinition(LayerType type, double levelDb, List<String> follows, double floor) {
        this(type, levelDb, follows, floor, new TreeMap<>(), null);
    }

    /** The parameter's value, or its default when the definition does not set it. */
    public double parameter(String name) {
        Double set = parameters.get(name);
        if (set != null) {
            return set;
        }
        return type.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(type.id() + " has no parameter " + name))
                .fallback();
    }

    /** How the cue sheet names the layer: its type, and for a loop its file. */
    public String label() {
        return recording == null ? type.id() : type.id() + " " + recording.file().getFileName();
    }
}
