package audiobook.soundscape;

import audiobook.audio.Timeline;
import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.plan.PlanSettings;
import audiobook.plan.SceneCue;
import audiobook.plan.Segment;
import audiobook.plan.SegmentPlanner;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Renders the beds that {@code bench/layers.sh} measures, through the public soundscape API only
 * (so the same program also runs against an older build, for a before/after table): each layer
 * type alone at full intensity (in a chapter whose every segment is a full storm at sea), the
 * shipped storm and sea soundscapes so, the seed's storm chapter as scored; and times the seed's
 * beds in CPU seconds. Not a test: figures
 * depend on the machine.
 *
 * <p>{@code LayersBench OUT_DIR STORY}: writes 32-bit float WAVs into OUT_DIR and prints the timing.
 */
public final class LayersBench {

    private static final int RATE = 44100;

    private LayersBench() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        BookPlan seed = new SegmentPlanner(PlanSettings.defaults())
                .plan(StoryReader.read(Path.of(args[1]), new StoryParser(0)), "seed.txt");
        ChapterPlan first = longChapter(seed.chapters().get(0));
        ChapterPlan storm = seed.chapters().stream().filter(c -> SoundscapeScorer.choose(c).equals("storm"))
                .findFirst().orElseThrow();
        write(out, "wind", definition(out, "wind", "{\"type\":\"wind\",\"level_db\":-20,\"follows\":[\"storm\"]}"), first,
                talk(first, 1), 900, true);
        write(out, "rain", definition(out, "rain", "{\"type\":\"rain\",\"level_db\":-20,\"follows\":[\"storm\"]}"), first,
                talk(first, 1), 60, false);
        // Long speech between rare pauses, so strikes stand apart and each can be measured alone.
        write(out, "thunder", definition(out, "thunder",
                "{\"type\":\"thunder\",\"level_db\":-20,\"follows\":[\"storm\"],\"strikes_per_minute\":6}"), first,
                sparsePauses(first), 400, false);
        write(out, "storm-full", SoundscapeLibrary.find("storm"), first, talk(first, 1), 120, false);
        SoundscapeScore scored = SoundscapeScorer.score(seed, "auto");
        Timeline stormTimeline = talk(storm, 1);
        write(out, "storm-seed", scored.chapters().get(storm.number() - 1), stormTimeline, stormTimeline.frames() / RATE,
                false);
        for (String sea : new String[] {"sea", "storm-at-sea"}) {
            if (SoundscapeLibrary.names().contains(sea)) {
                write(out, sea + "-full", SoundscapeLibrary.find(sea), first, talk(first, 1), 120, false);
            }
        }
        time(seed, scored);
    }

    /** CPU time of the seed's beds as the build scores them, after two rounds of warming up. */
    private static void time(BookPlan seed, SoundscapeScore scored) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        double seconds = 0;
        for (int round = 0; round < 7; round++) {
            long start = threads.getCurrentThreadCpuTime();
            seconds = 0;
            for (ChapterPlan chapter : seed.chapters()) {
                Timeline timeline = talk(chapter, 1);
                AmbienceRenderer.Stream bed = new AmbienceRenderer(0).open(scored.chapters().get(chapter.number() - 1),
                        timeline);
                float[] l = new float[4096];
                float[] r = new float[4096];
                for (long done = 0; done < timeline.frames(); done += l.length) {
                    bed.next(l, r, l.length);
                }
                seconds += timeline.frames() / (double) RATE;
            }
            double cpu = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            if (round >= 2) {
                best = Math.min(best, cpu);
            }
        }
        System.out.printf(Locale.ROOT, "seed beds (%s): %.0f s of bed in %.3f s of CPU (best of 5): %.2f ms per second%n",
                scored.names(), seconds, best, 1000 * best / seconds);
    }

    private static SoundscapeDefinition definition(Path dir, String name, String layer) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, "{\"name\":\"" + name + "\",\"description\":\"" + name + " alone\",\"layers\":[" + layer
                + "]}");
        return SoundscapeLibrary.find(file.toString());
    }

    private static void write(Path dir, String name, SoundscapeDefinition definition, ChapterPlan chapter,
                              Timeline timeline, long seconds, boolean mono) throws IOException {
        BookPlan one = new BookPlan("bench", "bench", "bench", 1, "", List.of(chapter), List.of());
        write(dir, name, SoundscapeScorer.score(one, definition).chapters().get(0), timeline, seconds, mono);
    }

    private static void write(Path dir, String name, SoundscapeScore.ChapterScore score, Timeline timeline,
                              long seconds, boolean mono) throws IOException {
        long frames = Math.min(timeline.frames(), seconds * RATE);
        AmbienceRenderer.Stream bed = new AmbienceRenderer(0).open(score, timeline);
        int channels = mono ? 1 : 2;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(dir.resolve(name + ".wav")), 1 << 16)) {
            header(file, channels, frames);
            float[] l = new float[4096];
            float[] r = new float[4096];
            ByteBuffer bytes = ByteBuffer.allocate(4096 * 2 * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (long done = 0; done < frames; done += l.length) {
                int n = (int) Math.min(l.length, frames - done);
                bed.next(l, r, n);
                bytes.clear();
                for (int i = 0; i < n; i++) {
                    bytes.putFloat(l[i]);
                    if (!mono) {
                        bytes.putFloat(r[i]);
                    }
                }
                file.write(bytes.array(), 0, bytes.position());
            }
        }
    }

    private static void header(OutputStream out, int channels, long frames) throws IOException {
        int data = (int) (frames * channels * Float.BYTES);
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 3).putShort((short) channels).putInt(RATE).putInt(RATE * channels * Float.BYTES)
                .putShort((short) (channels * Float.BYTES)).putShort((short) 32).put("data".getBytes()).putInt(data);
        new DataOutputStream(out).write(h.array());
    }

    /**
     * A chapter of 1000 segments (the first chapter's, over and over: enough for any bed here),
     * each in a full storm at sea, so every layer that follows either is at intensity 1.
     */
    private static ChapterPlan longChapter(ChapterPlan chapter) {
        List<Segment> segments = new ArrayList<>();
        SceneCue full = SceneCue.of(Map.of("storm", 1.0, "sea", 1.0));
        while (segments.size() < 1000) {
            for (Segment s : chapter.segments()) {
                segments.add(new Segment(segments.size(), s.text(), s.spoken(), s.role(), s.pauseAfter(), s.pauseMs(), full));
            }
        }
        return new ChapterPlan(chapter.number(), chapter.title(), segments);
    }

    /**
     * A chapter's timeline like the narration's: each segment speaks for 1.5 to 5 s, then pauses
     * 0.35 s (a sentence), 0.8 s (a paragraph) or 1.2 s (the title).
     */
    static Timeline talk(ChapterPlan chapter, long seed) {
        return timeline(chapter, seed, 1.5, 3.5, false);
    }

    /** Speech of 24 to 30 s between pauses of 1.5 s: strikes fall only in the pauses, far apart. */
    private static Timeline sparsePauses(ChapterPlan chapter) {
        return timeline(chapter, 2, 24, 6, true);
    }

    private static Timeline timeline(ChapterPlan chapter, long seed, double speechMin, double speechSpread,
                                          boolean longPauses) {
        SplittableRandom random = new SplittableRandom(seed);
        int segments = chapter.segments().size();
        long[] starts = new long[segments];
        long[] ends = new long[segments];
        long at = 2L * RATE;
        for (int i = 0; i < segments; i++) {
            starts[i] = at;
            ends[i] = at + (long) ((speechMin + speechSpread * random.nextDouble()) * RATE);
            double pause = longPauses ? 1.5 : i == 0 ? 1.2 : random.nextDouble() < 0.3 ? 0.8 : 0.35;
            at = ends[i] + (long) (pause * RATE);
        }
        return new Timeline(RATE, at + 3L * RATE, starts, ends);
    }
}
