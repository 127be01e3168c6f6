package audiobook.speech;

import audiobook.plan.BookPlan;
import audiobook.plan.PlanSettings;
import audiobook.plan.Segment;
import audiobook.plan.SegmentPlanner;
import audiobook.text.StoryParser;
import audiobook.text.StoryReader;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: the recordings {@code bench/voices-wer.sh} transcribes. For every voice of
 * {@link VoiceCatalogue}, the seed story's spoken text, segment by segment, in that voice, with
 * half a second between segments, as a 16 kHz WAV {@code NAME.wav} in the folder
 * {@code -Dvoices.out} names, and the text as {@code reference.txt}; also each voice's mean pitch
 * (YIN) in {@code pitch.txt}. Runs only when that property is set.
 */
@EnabledIfSystemProperty(named = "voices.out", matches = ".+")
class VoiceWerBench {

    @Test
    void recordEveryVoice() throws IOException {
        Path out = Path.of(System.getProperty("voices.out"));
        Files.createDirectories(out);
        Path seed = Path.of("seeds/jasper-and-rusty.txt");
        BookPlan plan = new SegmentPlanner(PlanSettings.defaults()).plan(StoryReader.read(seed, new StoryParser(0)),
                seed.getFileName().toString());
        List<String> lines = plan.chapters().stream().flatMap(c -> c.segments().stream()).map(Segment::spoken)
                .filter(s -> !s.isBlank()).toList();
        Files.write(out.resolve("reference.txt"), lines);
        String only = System.getProperty("voices", "");
        FreeTtsEngine engine = new FreeTtsEngine();
        List<String> pitches = new ArrayList<>();
        for (DerivedVoice voice : VoiceCatalogue.VOICES) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(voice.name())) {
                continue;
            }
            List<float[]> clips = new ArrayList<>();
            int total = 0;
            for (String line : lines) {
                float[] clip = engine.speak(line, voice.settings()).samples();
                clips.add(clip);
                total += clip.length + 8000;
            }
            float[] all = new float[total];
            int at = 0;
            for (float[] clip : clips) {
                System.arraycopy(clip, 0, all, at, clip.length);
                at += clip.length + 8000;
            }
            pitches.add(String.format(Locale.ROOT, "%s %.1f", voice.name(), PitchMeter.meanHz(new SpeechClip(all, 16000))));
            write(out.resolve(voice.name() + ".wav"), all);
        }
        Files.write(out.resolve("pitch.txt"), pitches);
    }

    private static void write(Path path, float[] x) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(path.toFile()))) {
            int bytes = x.length * 2;
            out.writeBytes("RIFF");
            out.writeInt(Integer.reverseBytes(36 + bytes));
            out.writeBytes("WAVEfmt ");
            out.writeInt(Integer.reverseBytes(16));
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeShort(Short.reverseBytes((short) 1));
            out.writeInt(Integer.reverseBytes(16000));
            out.writeInt(Integer.reverseBytes(32000));
            out.writeShort(Short.reverseBytes((short) 2));
            out.writeShort(Short.reverseBytes((short) 16));
            out.writeBytes("data");
            out.writeInt(Integer.reverseBytes(bytes));
            for (float v : x) {
                out.writeShort(Short.reverseBytes((short) Math.max(-32768, Math.min(32767, Math.round(v * 32767)))));
            }
        }
    }
}
