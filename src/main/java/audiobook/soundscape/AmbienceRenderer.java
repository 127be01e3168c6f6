package audiobook.soundscape;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a chapter's ambience bed as a stream: each layer of the soundscape at the intensity
 * the score gives for the segment playing, smoothed so a storm swells over a few seconds and
 * subsides over longer. The layers run in fixed blocks of {@link #BLOCK} frames whatever the
 * reader asks for, so the sound does not depend on how it is read.
 */
public final class AmbienceRenderer {

    static final int BLOCK = 1024;
    private static final double SWELL_SECONDS = 2.5;
    private static final double SUBSIDE_SECONDS = 7.0;
    /** A strike waits for a pause this long, so the narration waits ~1 s after it and the roll is heard. */
    private static final double THUNDER_QUIET_SECONDS = 0.9;

    private final double ambienceDb;

    /** @param ambienceDb offset in dB applied to every layer's level */
    public AmbienceRenderer(double ambienceDb) {
        this.ambienceDb = ambienceDb;
    }

    /** A fresh stream of the bed of the chapter's soundscape from its first frame. */
    public Stream open(SoundscapeScore.ChapterScore score, SceneTimeline timeline) {
        return new Stream(score, timeline);
    }

    /** The whole bed in memory, {@code [2][timeline.frames()]}; for short pieces and tests. */
    public float[][] render(SoundscapeScore.ChapterScore score, SceneTimeline timeline) {
        int frames = Math.toIntExact(timeline.frames());
        float[][] out = new float[2][frames];
        open(score, timeline).next(out[0], out[1], frames);
        return out;
    }

    /** The bed of one chapter, read in order. */
    public final class Stream {
        private final List<Voice> voices = new ArrayList<>();
        private final SceneTimeline timeline;
        private final float[] left = new float[BLOCK];
        private final float[] right = new float[BLOCK];
        private int available;
        private int read;
        private long blockStart;

        private Stream(SoundscapeScore.ChapterScore score, SceneTimeline timeline) {
            this.timeline = timeline;
            SoundscapeDefinition definition = score.definition();
            for (int k = 0; k < definition.layers().size(); k++) {
                LayerDefinition def = definition.layers().get(k);
                voices.add(new Voice(create(def, score.seed() * 31 + k, timeline),
                        Math.pow(10, (def.levelDb() + ambienceDb) / 20), score.layerIntensities().get(k),
                        timeline.sampleRate()));
            }
        }

        /** Writes the next {@code frames} frames of the bed into {@code l} and {@code r}. */
        public void next(float[] l, float[] r, int frames) {
            int done = 0;
            while (done < frames) {
                if (read == available) {
                    renderBlock();
                }
                int n = Math.min(frames - done, available - read);
                System.arraycopy(left, read, l, done, n);
                System.arraycopy(right, read, r, done, n);
                read += n;
                done += n;
            }
        }

        private void renderBlock() {
            java.util.Arrays.fill(left, 0f);
            java.util.Arrays.fill(right, 0f);
            int segment = Math.max(0, timeline.segmentAt(blockStart));
            for (Voice voice : voices) {
                voice.add(left, right, segment);
            }
            blockStart += BLOCK;
            available = BLOCK;
            read = 0;
        }
    }

    /** One layer playing: its generator, gain, and smoothed intensity. */
    private static final class Voice {
        private final Layer layer;
        private final double gain;
        private final double[] perSegment;
        private final double swell;
        private final double subside;
        private final float[] l = new float[BLOCK];
        private final float[] r = new float[BLOCK];
        private double smoothed;

        Voice(Layer layer, double gain, double[] perSegment, int rate) {
            this.layer = layer;
            this.gain = gain;
            this.perSegment = perSegment;
            this.swell = 1 - Math.exp(-BLOCK / (SWELL_SECONDS * rate));
            this.subside = 1 - Math.exp(-BLOCK / (SUBSIDE_SECONDS * rate));
            this.smoothed = perSegment.length == 0 ? 0 : perSegment[0];
        }

        void add(float[] left, float[] right, int segment) {
            double target = segment < perSegment.length ? perSegment[segment] : 0;
            smoothed += (target - smoothed) * (target > smoothed ? swell : subside);
            java.util.Arrays.fill(l, 0f);
            java.util.Arrays.fill(r, 0f);
            layer.add(l, r, BLOCK, smoothed);
            for (int i = 0; i < BLOCK; i++) {
                left[i] += (float) (gain * l[i]);
                right[i] += (float) (gain * r[i]);
            }
        }
    }

    /** Wires a layer's circuit from its definition's parameters. */
    private static Layer create(LayerDefinition def, long seed, SceneTimeline timeline) {
        int rate = timeline.sampleRate();
        return switch (def.type()) {
            case WIND -> new WindLayer(seed, rate, BLOCK, def.parameter("centre_hz"), def.parameter("bandwidth_hz"),
                    def.parameter("gustiness"), def.parameter("whistle"));
            case RAIN -> new RainLayer(seed, rate, BLOCK, def.parameter("drops_per_second"));
            case THUNDER -> new ThunderLayer(seed, rate, def.parameter("strikes_per_minute"),
                    frame -> timeline.quietFor(frame, (long) (THUNDER_QUIET_SECONDS * rate)));
            case DEBRIS -> new DebrisLayer(seed, rate, BLOCK, def.parameter("rattles_per_minute"),
                    def.parameter("centre_hz"));
            case LOOP -> new LoopLayer(def.recording(), seed, rate);
        };
    }
}
