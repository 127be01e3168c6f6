package audiobook.mix;

import audiobook.audio.Block;
import audiobook.audio.Decibels;
import audiobook.audio.Sink;
import audiobook.audio.Source;
import audiobook.audio.Timeline;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Renders a chapter's masters block by block, so memory does not grow with the chapter: the
 * immersive master (the voice over the ducked, faded bed, on the loudness target, under the
 * true-peak ceiling) and the dry master (the voice alone at ACX levels over a faint room tone).
 *
 * <p>The gains come first. The voice's levels are measured beforehand ({@link VoiceLevels}); a
 * first pass renders the bed and measures it before ducking ({@link BedMeter}): its level during
 * each segment's speech, which with the voice's level and the scene's activity gives each
 * segment's ducking depth ({@link Ducker}), and its energy per 100 ms, which with the ducking
 * gains gives the loudness of the mix for any voice gain. The second pass ducks the bed, mixes,
 * limits, and hands every block to the sinks while metering what it hands over. The bed is
 * rendered once and spooled to a temporary file between the passes ({@link SpooledBed}).
 *
 * <p>The dry master is compressed gently before its limiter ({@link Compressor}), and its noise
 * floor is measured where the renderer knows the pauses are.
 */
public final class ChapterRenderer {

    static final int BLOCK = 4096;
    private static final double LOOK_AHEAD_MS = 5;
    private static final double RELEASE_MS = 150;
    /** Headroom under each ceiling for 16-bit rounding of the written file. */
    private static final double CEILING_MARGIN_DB = 0.1;
    private static final double FADE_SECONDS = 1.0;
    private static final double ROOM_TONE_DBFS = -68;
    private static final double ROOM_TONE_SMOOTHING = 0.25;
    /** RMS of uniform noise in [-1, 1) after the one-pole smoother: sqrt(1/3 · a / (2 - a)). */
    private static final double ROOM_TONE_RAW_RMS = Math.sqrt(1.0 / 3 * ROOM_TONE_SMOOTHING / (2 - ROOM_TONE_SMOOTHING));

    private final Ducker ducker;
    private final Path spoolFolder;

    /** @param spoolFolder where the bed is spooled between the passes */
    public ChapterRenderer(Ducker ducker, Path spoolFolder) {
        this.ducker = ducker;
        this.spoolFolder = spoolFolder;
    }

    /** Where a chapter's audio goes; a null sink is not rendered. Stems are the voice (mono) and the bed before mastering. */
    public record Outputs(Sink immersive, Sink dry, Sink narrationStem, Sink ambienceStem) {
    }

    /** As {@link #render(Timeline, VoiceLevels, Supplier, Source, double[], long, Outputs)} with every scene at full activity. */
    public List<Master> render(Timeline timeline, VoiceLevels voice, Supplier<NarrationTrack> narration,
                               Source ambience, long seed, Outputs outputs) throws IOException {
        return render(timeline, voice, narration, ambience, null, seed, outputs);
    }

    /**
     * @param narration a fresh narration track at the timeline's rate per call
     * @param ambience  the chapter's bed, or null for none
     * @param activity  per segment, how active its scene is, 0 (calm) to 1 (full storm); null for all 1
     * @param seed      the seed of the dry master's room tone
     * @return the masters rendered, immersive first
     */
    public List<Master> render(Timeline timeline, VoiceLevels voice, Supplier<NarrationTrack> narration,
                               Source ambience, double[] activity, long seed, Outputs outputs)
            throws IOException {
        return render(timeline, voice, narration, ambience, activity, seed, outputs, new Listener() { });
    }

    /** What a chapter's rendering tells as it goes. */
    public interface Listener {
        /** {@code share} (0 to 1) of the chapter is rendered. */
        default void progress(double share) {
        }

        /**
         * The bed's loudness in the mix, ducked and faded, {@code lu} loudness units under the
         * voice's; told once, before the mix is written.
         */
        default void bedUnderVoice(double lu) {
        }
    }

    /** Share of a chapter's rendering the first pass (rendering and measuring the bed) takes. */
    private static final double BED_PASS_SHARE = 0.4;
    /** Progress is told every this many blocks (about 0.75 s of audio). */
    private static final int PROGRESS_BLOCKS = 8;

    /** As above, telling {@code progress} how much of the chapter is rendered, from 0 to 1, as it goes. */
    public List<Master> render(Timeline timeline, VoiceLevels voice, Supplier<NarrationTrack> narration,
                               Source ambience, double[] activity, long seed, Outputs outputs,
                               Listener progress) throws IOException {
        double voiceGain = voiceGain(voice, timeline.sampleRate());
        if (ambience == null || outputs.immersive() == null) {
            // No bed: null, not an empty meter, whose zero hops would gate the voice away (NaN gains).
            return mix(timeline, voice, voiceGain, narration, null, null, null, seed, outputs, progress, 0);
        }
        try (SpooledBed spool = new SpooledBed(ambience, spoolFolder)) {
            BedMeter meter = measureBed(timeline, spool.recording(), progress);
            Ducker.Depth[] depths = depths(timeline, meter, voice.speechPower() * voiceGain * voiceGain, activity);
            KWeightedHops ducked = duckedHops(timeline, meter, depths);
            double bedLufs = KWeightedHops.integratedLufs(timeline.sampleRate(), ducked, 1, null);
            if (Double.isFinite(bedLufs)) {
                // The voice is put at the target before the master gain, which moves both alike.
                progress.bedUnderVoice(DeliveryProfile.IMMERSIVE_LUFS - bedLufs);
            }
            return mix(timeline, voice, voiceGain, narration, spool.replay(), depths, ducked, seed, outputs,
                    progress, BED_PASS_SHARE);
        }
    }

    /** The gain that puts the voice alone on the immersive target: mono in both channels, twice its one-channel energy. */
    private static double voiceGain(VoiceLevels voice, int rate) {
        double voiceLufs = KWeightedHops.integratedLufs(rate, voice.hops(), 2 * voice.energyScaleTo(rate), null);
        return Decibels.toLinear(DeliveryProfile.IMMERSIVE_LUFS - voiceLufs);
    }

    /** The first pass: the bed rendered (into the spool) and measured before ducking. */
    private static BedMeter measureBed(Timeline timeline, Source recording, Listener progress) throws IOException {
        BedMeter meter = new BedMeter(timeline);
        Block buffer = Block.allocate(2, BLOCK);
        for (long pos = 0, blocks = 1; pos < timeline.frames(); pos += BLOCK, blocks++) {
            Block block = buffer.first((int) Math.min(BLOCK, timeline.frames() - pos));
            recording.next(block);
            meter.accept(block.channels(), block.frames());
            if (blocks % PROGRESS_BLOCKS == 0) {
                progress.progress(BED_PASS_SHARE * pos / Math.max(1, timeline.frames()));
            }
        }
        return meter;
    }

    /** Each segment's ducking depth, from the voice's power, the bed's during its speech and its scene's activity. */
    private Ducker.Depth[] depths(Timeline timeline, BedMeter meter, double voicePower, double[] activity) {
        Ducker.Depth[] depths = new Ducker.Depth[timeline.starts().length];
        for (int s = 0; s < depths.length; s++) {
            double a = activity == null || s >= activity.length ? 1 : activity[s];
            depths[s] = ducker.depth(voicePower, meter.speechPower(s), meter.speechBandShare(s), a);
        }
        return depths;
    }

    /**
     * The bed's K-weighted energy per hop once ducked and faded, worked out from its energy
     * before (and the share of it in the speech bands) and the gains, without rendering it: the
     * loudness of the mix needs it before the second pass.
     */
    private KWeightedHops duckedHops(Timeline timeline, BedMeter meter, Ducker.Depth[] depths) {
        Ducker.Envelope envelope = ducker.envelope(timeline, depths);
        int rate = timeline.sampleRate();
        int fade = (int) (FADE_SECONDS * rate);
        float[] broadband = new float[BLOCK];
        float[] band = new float[BLOCK];
        double[] energies = new double[meter.hops()];
        long frame = 0;
        for (int h = 0; h < energies.length; h++) {
            long hopEnd = (long) (h + 1) * rate / 10;
            double whole = 0;
            double bands = 0;
            long frames = hopEnd - frame;
            while (frame < hopEnd) {
                int n = (int) Math.min(BLOCK, hopEnd - frame);
                envelope.next(broadband, band, n);
                for (int i = 0; i < n; i++) {
                    double g = broadband[i] * Fades.gainAt(frame + i, timeline.frames(), fade, fade);
                    whole += g * g;
                    bands += g * g * band[i] * band[i];
                }
                frame += n;
            }
            double f = meter.hopBandShare(h);
            energies[h] = meter.hopWeighted(h) * ((1 - f) * whole + f * bands) / frames;
        }
        return KWeightedHops.of(rate, energies);
    }

    /** The second pass: the chain below, block by block, then each master's figures. */
    private List<Master> mix(Timeline timeline, VoiceLevels voice, double voiceGain,
                             Supplier<NarrationTrack> narration, Source ambience, Ducker.Depth[] depths,
                             KWeightedHops bedHops, long seed, Outputs outputs, Listener progress,
                             double progressBefore) throws IOException {
        int rate = timeline.sampleRate();
        double mixLufs = KWeightedHops.integratedLufs(rate, voice.hops(),
                2 * voice.energyScaleTo(rate) * voiceGain * voiceGain, bedHops);
        Mix chain = new Mix(timeline, voiceGain, Decibels.toLinear(DeliveryProfile.IMMERSIVE_LUFS - mixLufs),
                voice.dryGain(), narration.get(), ambience, depths, seed, outputs);
        long rendered = 0;
        for (int blocks = 1; chain.bed.next(); blocks++) {
            if (blocks % PROGRESS_BLOCKS == 0) {
                progress.progress(progressBefore + (1 - progressBefore) * rendered / Math.max(1, timeline.frames()));
            }
            rendered += chain.bed.frames;
            if (Thread.interrupted()) {
                // Another chapter failed and the build is stopping: the sinks discard what they hold.
                throw new InterruptedIOException("rendering stopped");
            }
            chain.next(chain.bed.frames);
        }
        return chain.finish(timeline.frames());
    }

    /**
     * The render chain, read top to bottom in {@link #next}: the narration, gained; the dry master's
     * voice, compressed, over room tone; the immersive mix, the voice over the ducked and faded
     * bed at the master gain; the stems tapped before mastering; each master limited into its sink
     * with its meter behind it.
     */
    private final class Mix {
        final Bed bed;
        private final NarrationTrack track;
        private final double voiceGain;
        private final double masterGain;
        private final double dryGain;
        private final Mastering immersive;
        private final Mastering dry;
        private final Compressor compressor;
        private final RoomTone roomTone;
        private final Sink narrationStem;
        private final Sink ambienceStem;
        private final float[] voiceBlock = new float[BLOCK];
        private final float[] dryVoice = new float[BLOCK];
        private final float[][] voiceStem = new float[1][BLOCK];

        Mix(Timeline timeline, double voiceGain, double masterGain, double dryGain, NarrationTrack track,
            Source ambience, Ducker.Depth[] depths, long seed, Outputs outputs) {
            int rate = timeline.sampleRate();
            this.track = track;
            this.voiceGain = voiceGain;
            this.masterGain = masterGain;
            this.dryGain = dryGain;
            immersive = outputs.immersive() == null ? null : new Mastering(DeliveryProfile.IMMERSIVE, 2, timeline,
                    DeliveryProfile.IMMERSIVE_CEILING_DBTP - CEILING_MARGIN_DB, outputs.immersive());
            dry = outputs.dry() == null ? null : new Mastering(DeliveryProfile.DRY, 1, timeline,
                    DeliveryProfile.DRY_PEAK_MAX - CEILING_MARGIN_DB, outputs.dry());
            compressor = Compressor.forDryMaster(rate);
            roomTone = new RoomTone(seed);
            bed = new Bed(timeline, immersive == null ? null : ambience, depths);
            narrationStem = outputs.narrationStem();
            ambienceStem = outputs.ambienceStem();
        }

        void next(int n) throws IOException {
            track.next(voiceBlock, n);
            if (dry != null) {
                dryVoice(n);
            }
            for (int i = 0; i < n; i++) {
                float v = (float) (voiceGain * voiceBlock[i]);
                voiceStem[0][i] = v;
                if (immersive != null) {
                    immersive.block[0][i] = (float) (masterGain * (v + bed.block[0][i]));
                    immersive.block[1][i] = (float) (masterGain * (v + bed.block[1][i]));
                }
            }
            if (narrationStem != null) {
                narrationStem.write(new Block(voiceStem, n));
            }
            if (ambienceStem != null) {
                ambienceStem.write(new Block(bed.block, n));
            }
            for (Mastering m : new Mastering[] {immersive, dry}) {
                if (m != null) {
                    m.push(n);
                }
            }
        }

        private void dryVoice(int n) {
            for (int i = 0; i < n; i++) {
                dryVoice[i] = (float) (dryGain * voiceBlock[i]);
            }
            compressor.process(dryVoice, n);
            roomTone.add(dryVoice, dry.block[0], n);
        }

        List<Master> finish(long frames) throws IOException {
            List<Master> masters = new ArrayList<>();
            for (Mastering m : new Mastering[] {immersive, dry}) {
                if (m != null) {
                    masters.add(m.finish(frames));
                }
            }
            return masters;
        }
    }

    /** The dry master's faint room tone: uniform noise through a one-pole smoother, at {@value #ROOM_TONE_DBFS} dBFS. */
    private static final class RoomTone {
        private static final double SCALE = Decibels.toLinear(ROOM_TONE_DBFS) / ROOM_TONE_RAW_RMS;
        private final SplittableRandom random;
        private double tone;

        RoomTone(long seed) {
            random = new SplittableRandom(seed);
        }

        /** {@code out[i] = voice[i] + tone} for the next {@code n} samples of tone; the smoother's state a local in the loop. */
        void add(float[] voice, float[] out, int n) {
            double t = tone;
            for (int i = 0; i < n; i++) {
                t += ROOM_TONE_SMOOTHING * ((2 * random.nextDouble() - 1) - t);
                out[i] = (float) (voice[i] + SCALE * t);
            }
            tone = t;
        }
    }

    /** One master's way out: its mix block, the limiter, the sink, and the meter behind the sink. */
    private static final class Mastering {
        final float[][] block;
        private final DeliveryProfile profile;
        private final int rate;
        private final Limiter limiter;
        private final float[][] limited;
        private final Sink sink;
        private final LoudnessMeter meter;

        Mastering(DeliveryProfile profile, int channels, Timeline timeline, double ceilingDbtp, Sink sink) {
            this.profile = profile;
            this.rate = timeline.sampleRate();
            this.sink = sink;
            block = new float[channels][BLOCK];
            // The dry master's limit is ACX's sample peak: no need to oversample for it.
            limiter = new Limiter(channels, rate, ceilingDbtp, LOOK_AHEAD_MS, RELEASE_MS,
                    profile == DeliveryProfile.IMMERSIVE);
            limited = new float[channels][BLOCK + limiter.latencyFrames()];
            // The renderer knows where the pauses are: the noise floor is measured there, as ACX does.
            meter = new LoudnessMeter(channels, rate, timeline);
        }

        void push(int frames) throws IOException {
            emit(limiter.process(block, 0, frames, limited, 0));
        }

        Master finish(long frames) throws IOException {
            emit(limiter.flush(limited, 0));

            return new Master(profile, rate, frames, meter.report(), limiter.report());
        }

        private void emit(int frames) throws IOException {
            if (frames > 0) {
                sink.write(new Block(limited, frames));
                meter.accept(limited, frames);
            }
        }
    }

    /** One walk over the chapter's bed: ducked under the voice and faded in and out; silence without a source. */
    private final class Bed {
        final float[][] block = new float[2][BLOCK];
        private final float[] broadband = new float[BLOCK];
        private final float[] band = new float[BLOCK];
        private final Timeline timeline;
        private final Source source;
        private final Ducker.Envelope envelope;
        private final SpeechBands[] bands = new SpeechBands[2];
        private final double[] speechLeft = new double[BLOCK];
        private final double[] speechRight = new double[BLOCK];
        private final int fade;
        private long position;
        int frames;

        Bed(Timeline timeline, Source source, Ducker.Depth[] depths) {
            this.timeline = timeline;
            this.source = source;
            this.envelope = source == null ? null : ducker.envelope(timeline, depths);
            this.fade = (int) (FADE_SECONDS * timeline.sampleRate());
            bands[0] = new SpeechBands(timeline.sampleRate());
            bands[1] = new SpeechBands(timeline.sampleRate());
        }

        boolean next() throws IOException {
            frames = (int) Math.min(BLOCK, timeline.frames() - position);
            if (frames <= 0) {
                return false;
            }
            if (source != null) {
                source.next(new Block(block, frames));
                envelope.next(broadband, band, frames);
                long total = timeline.frames();
                // Between the fades the fade gain is exactly 1: skip working it out.
                boolean fading = position < fade || position + frames > total - fade;
                float[] left = block[0];
                float[] right = block[1];
                SpeechBands.stereo(bands[0], left, bands[1], right, frames, speechLeft, speechRight);
                for (int i = 0; i < frames; i++) {
                    double g = fading ? broadband[i] * Fades.gainAt(position + i, total, fade, fade) : broadband[i];
                    double cut = 1 - band[i];
                    double l = left[i];
                    double r = right[i];
                    left[i] = (float) (g * (l - cut * speechLeft[i]));
                    right[i] = (float) (g * (r - cut * speechRight[i]));
                }
            }
            position += frames;
            return true;
        }
    }
}
