package audiobook.soundscape;

/**
 * A parameter a layer type exposes in its JSON definition, with its range and default, as a
 * JSyn circuit exposes its ports.
 */
public record LayerParameter(String name, double min, double max, double fallback, String meaning) {
}
