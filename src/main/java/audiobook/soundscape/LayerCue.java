package audiobook.soundscape;

/**
 * One line of the cue sheet: a layer that sounds at a segment and the intensity (0 to 1) the
 * score gives it there, before the renderer's smoothing (a swell of about 2.5 s, a subsidence
 * of about 7 s) and before ducking.
 *
 * @param layer     the layer's label: its type ("wind"), or "loop FILE"
 * @param levelDb   the layer's level at full intensity, before {@code --ambience-db}
 */
public record LayerCue(String layer, double intensity, double levelDb) {
}
