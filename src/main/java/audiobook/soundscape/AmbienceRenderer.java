package audiobook.soundscape;

import audiobook.audio.Block;
import audiobook.audio.Source;
import audiobook.audio.Timeline;
import audiobook.plan.SeedTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a chapter's ambience bed as a stream: each layer of the soundscape at the intensity
 * the score gives for the segment playing, smoothed so a storm swells over a few seconds and
 * subsides over longer, all sharing the chapter's gusts ({@link Weather}); then the bed is
 * placed behind the narrator ({@link BedPlacement}). Every random stream is a named child of the
 * chapter's seeds: {@code weather/gust/slow}, {@code layer/1:rain/drops}. The layers run in
 * fixed blocks of {@link #BLOCK} frames whatever the reader asks for, so the sound does not
 * depend on how it is read.
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
    public Stream open(SoundscapeScore.ChapterScore score, Timeline timeline) {
        return new Stream(score, timeline);
    }

    /** The whole bed in memory, {@code [2][timeline.frames()]}; for short pieces and tests. */
    public float[][] render(SoundscapeScore.ChapterScore score, Timeline timeline) {
        int frames = Math.toIntExact(timeline.frames());
        float[][] out = new float[2][frames];
        open(score, timeline).next(out[0], out[1], frames);
        return out;
    }

    /** The bed of one chapter, read in order. */
    public final class Stream implements Source {
        private final List<Voice> voices = new ArrayList<>();
        private final Timeline timeline;
        private final Weather weather;
        private final Bus bus = new Bus(BLOCK);
        private final BedPlacement placement;
        private final float[] left = new float[BLOCK];
        private final float[] right = new float[BLOCK];
        private int available;
        private int read;
        private long blockStart;

        private Stream(SoundscapeScore.ChapterScore score, Timeline timeline) {
            this.timeline = timeline;
            int rate = timeline.sampleRate();
            SeedTree seeds = score.seeds();
            weather = new Weather(seeds.child("weather"), rate);
            placement = new BedPlacement(rate, BLOCK);
            SoundscapeDefinition definition = score.definition();
            for (int k = 0; k < definition.layers().size(); k++) {
                LayerDefinition def = definition.layers().get(k);
                Layer layer = create(def, seeds.child("layer/" + k + ":" + def.type().id()), weather, timeline);
                voices.add(new Voice(layer, Math.pow(10, (def.levelDb() + ambienceDb) / 20),
                        score.layerIntensities().get(k), rate));
            }
        }

        @Override
        public void next(Block block) {
            next(block.channel(0), block.channel(1), block.frames());
        }

        /** Writes the next {@code frames} frames of the bed into {@code l} and {@code r}. */
        void next(float[] l, float[] r, int frames) {
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

        /** The layers playing, in definition order; for tests. */
        List<Layer> layers() {
            return voices.stream().map(v -> v.layer).toList();
        }

        private void renderBlock() {
            bus.clear();
            weather.advance(BLOCK);
            int segment = Math.max(0, timeline.segmentAt(blockStart));
            for (Voice voice : voices) {
                voice.add(bus, segment);
            }
            placement.place(bus, left, right, BLOCK);
            blockStart += BLOCK;
            available = BLOCK;
            read = 0;
        }
    }

    /** One layer playing: its circuit, gain, and the intensity automation, smoothed. */
    private static final class Voice {
        private final Layer layer;
        private final double gain;
        private final double[] perSegment;
        private final double swell;
        private final double subside;
        private final Bus own = new Bus(BLOCK);
        private double smoothed;

        Voice(Layer layer, double gain, double[] perSegment, int rate) {
            this.layer = layer;
            this.gain = gain;
            this.perSegment = perSegment;
            this.swell = 1 - Math.exp(-BLOCK / (SWELL_SECONDS * rate));
            this.subside = 1 - Math.exp(-BLOCK / (SUBSIDE_SECONDS * rate));
            this.smoothed = perSegment.length == 0 ? 0 : perSegment[0];
        }

        void add(Bus bed, int segment) {
            double target = segment < perSegment.length ? perSegment[segment] : 0;
            double from = smoothed;
            smoothed += (target - smoothed) * (target > smoothed ? swell : subside);
            own.clear();
            layer.add(own, BLOCK, from, smoothed);
            own.addTo(bed, gain, BLOCK);
        }
    }

    /** Wires a layer's circuit from its definition's parameters. */
    private static Layer create(LayerDefinition def, SeedTree seeds, Weather weather, Timeline timeline) {
        int rate = timeline.sampleRate();
        return switch (def.type()) {
            case WIND -> new WindLayer(seeds, weather, rate, BLOCK, def.parameter("centre_hz"),
                    def.parameter("bandwidth_hz"), def.parameter("gustiness"), def.parameter("whistle"),
                    def.parameter("body"), def.parameter("air"));
            case RAIN -> new RainLayer(seeds, weather, rate, BLOCK, def.parameter("drops_per_second"),
                    def.parameter("roar"));
            case THUNDER -> new ThunderLayer(seeds, rate, BLOCK, def.parameter("strikes_per_minute"),
                    frame -> timeline.quietFor(frame, (long) (THUNDER_QUIET_SECONDS * rate)));
            case SEA -> new SeaLayer(seeds, rate, BLOCK, def.parameter("wave_seconds"), def.parameter("crests"),
                    def.parameter("spray"), def.parameter("hull"), def.parameter("rigging"));
            case DEBRIS -> new DebrisLayer(seeds, rate, BLOCK, def.parameter("rattles_per_minute"),
                    def.parameter("centre_hz"));
            case LOOP -> new LoopLayer(def.recording(), seeds, rate);
        };
    }
}
