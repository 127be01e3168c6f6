package audiobook.soundscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.ExportedChapter;
import audiobook.export.WavAudio;
import audiobook.export.WavReader;
import audiobook.mix.DeliveryProfile;
import audiobook.pipeline.BookBuilder;
import audiobook.pipeline.BuildListener;
import audiobook.pipeline.BuildResult;
import audiobook.pipeline.BuildSettings;
import audiobook.plan.PlanSettings;
import audiobook.speech.Cast;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the seed story with --stems (and a fake voice) and measures the stems it writes. */
class SeedStemsTest {

    @TempDir
    static Path dir;

    static BuildResult built;

    @BeforeAll
    static void build() {
        BuildSettings settings = new BuildSettings(Path.of("seeds/jasper-and-rusty.txt"), dir.resolve("book"),
                PlanSettings.defaults(), Cast.DEFAULT, "auto", 0, 2, Set.of(DeliveryProfile.IMMERSIVE), false, null, false, true);
        built = new BookBuilder(new FakeSpeechEngine()).build(settings, BuildListener.SILENT);
    }

    @Test
    void eachChapterHasAMonoNarrationAndAStereoAmbienceStemAsLongAsItsMaster() throws IOException {
        for (ExportedChapter chapter : built.chapters()) {
            String number = String.format("%02d ", chapter.plan().number());
            WavAudio narration = WavReader.read(dir.resolve("book/stems/" + number + "narration.wav"));
            WavAudio ambience = WavReader.read(dir.resolve("book/stems/" + number + "ambience.wav"));
            WavAudio master = WavReader.read(chapter.main().path());
            assertEquals(1, narration.channels().length);
            assertEquals(2, ambience.channels().length);
            assertEquals(master.frames(), narration.frames());
            assertEquals(master.frames(), ambience.frames());
            assertTrue(rmsDb(ambience, 0, ambience.frames()) > -60, "the bed is there");
        }
    }

    @Test
    void theAmbienceStemIsAtLeastSixDecibelsLouderInTheStormThanInTheOpening() throws IOException {
        ExportedChapter opening = built.chapters().get(0);
        ExportedChapter storm = built.chapters().stream()
                .filter(c -> c.plan().segments().get(1).text().equals("One day, a storm rolled in.")).findFirst().orElseThrow();
        double calm = rmsDb(ambience(opening), opening.startMs()[1], opening.startMs()[1] + 20_000);
        double loud = rmsDb(ambience(storm), storm.startMs()[1], storm.startMs()[1] + 20_000);
        assertTrue(loud - calm >= 6, "storm " + loud + " dB vs opening " + calm + " dB");
    }

    private static WavAudio ambience(ExportedChapter chapter) throws IOException {
        return WavReader.read(dir.resolve(String.format("book/stems/%02d ambience.wav", chapter.plan().number())));
    }

    private static double rmsDb(WavAudio audio, long fromMs, long toMs) {
        return rmsDb(audio, (int) (fromMs * audio.sampleRate() / 1000), (int) (toMs * audio.sampleRate() / 1000));
    }

    private static double rmsDb(WavAudio audio, int from, int to) {
        double sum = 0;
        for (float[] channel : audio.channels()) {
            for (int i = from; i < to; i++) {
                sum += (double) channel[i] * channel[i];
            }
        }
        return 10 * Math.log10(sum / (audio.channels().length * (double) (to - from)) + 1e-30);
    }
}
