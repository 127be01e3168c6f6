package audiobook.soundscape;

/**
 * Renders one chapter's ambience bed, block by block: each layer of the soundscape at the
 * intensity the score gives for the segment playing, smoothed so a storm swells over a few
 * seconds and subsides over longer.
 */
public final class AmbienceRenderer {

    static final int BLOCK = 1024;
    private static final double SWELL_SECONDS = 2.5;
    private static final double SUBSIDE_SECONDS = 7.0;
    private static final double THUNDER_QUIET_SECONDS = 0.4;

    private final SoundscapeDefinition definition;
    private final double ambienceDb;

    /** @param ambienceDb offset in dB applied to every layer's level */
    public AmbienceRenderer(SoundscapeDefinition definition, double ambienceDb) {
        this.definition = definition;
        this.ambienceDb = ambienceDb;
    }

    /** The stereo bed, {@code [2][timeline.frames()]}. */
    public float[][] render(SoundscapeScore.ChapterScore score, SceneTimeline timeline) {
        int frames = Math.toIntExact(timeline.frames());
        float[][] out = new float[2][frames];
        float[] l = new float[BLOCK];
        float[] r = new float[BLOCK];
        int rate = timeline.sampleRate();
        for (int k = 0; k < definition.layers().size(); k++) {
            LayerDefinition def = definition.layers().get(k);
            Layer layer = create(def, score.seed() * 31 + k, timeline);
            double gain = Math.pow(10, (def.levelDb() + ambienceDb) / 20);
            double[] perSegment = score.layerIntensities().get(k);
            double smoothed = perSegment.length == 0 ? 0 : perSegment[0];
            double swell = 1 - Math.exp(-BLOCK / (SWELL_SECONDS * rate));
            double subside = 1 - Math.exp(-BLOCK / (SUBSIDE_SECONDS * rate));
            for (int start = 0; start < frames; start += BLOCK) {
                int segment = Math.max(0, timeline.segmentAt(start));
                double target = segment < perSegment.length ? perSegment[segment] : 0;
                smoothed += (target - smoothed) * (target > smoothed ? swell : subside);
                java.util.Arrays.fill(l, 0f);
                java.util.Arrays.fill(r, 0f);
                layer.add(l, r, BLOCK, smoothed);
                int n = Math.min(BLOCK, frames - start);
                for (int i = 0; i < n; i++) {
                    out[0][start + i] += (float) (gain * l[i]);
                    out[1][start + i] += (float) (gain * r[i]);
                }
            }
        }
        return out;
    }

    private static Layer create(LayerDefinition def, long seed, SceneTimeline timeline) {
        int rate = timeline.sampleRate();
        return switch (def.type()) {
            case "wind" -> new WindLayer(seed, rate, BLOCK, 420, 320);
            case "rain" -> new RainLayer(seed, rate, BLOCK);
            case "thunder" -> new ThunderLayer(seed, rate,
                    frame -> timeline.quietFor(frame, (long) (THUNDER_QUIET_SECONDS * rate)));
            default -> throw new IllegalArgumentException("unknown layer type " + def.type());
        };
    }
}
