package audiobook.speech;

import audiobook.audio.Timeline;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.mix.NarrationTrack;
import audiobook.mix.SampleRateConverter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clips resampled to 44.1 kHz and laid end to end, as the pipeline does: where one ends and the
 * next begins there is no click. Besides real speech, one clip is a tone cut off at its loudest,
 * which clicks unless the trimmer fades its edges.
 */
class ClipJoinTest {

    private static final int OUT = 44100;

    @Test
    void noJumpAtAJoinExceedsTheLargestStepInsideTheClips() {
        FreeTtsEngine engine = new FreeTtsEngine();
        List<SpeechClip> clips = new ArrayList<>();
        for (String text : List.of("Thunder shook the glass.", "Stop!", "Mara held the rail.")) {
            clips.add(engine.speak(text, VoiceSettings.NARRATOR));
        }
        // Derived voices are resampled and time-stretched: their edges are faded again.
        for (String voice : List.of("woman", "older-man", "child")) {
            clips.add(engine.speak("Hold on to the rail!", VoiceCatalogue.find(voice).orElseThrow().settings()));
        }
        float[] tone = new float[16000 / 2];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (float) (0.4 * Math.cos(2 * Math.PI * 200 * i / 16000.0));   // starts and ends near 0.4
        }
        clips.add(1, new SpeechClip(SilenceTrimmer.trim(tone, 16000), 16000));

        List<float[]> resampled = new ArrayList<>();
        for (SpeechClip clip : clips) {
            resampled.add(SampleRateConverter.convert(clip.samples(), clip.sampleRate(), OUT));
        }
        long[] lengths = resampled.stream().mapToLong(c -> c.length).toArray();
        // No pause at all: the clips butt against each other, the hardest case for a click.
        Timeline narration = Timeline.layOut(OUT, lengths, new int[clips.size()], 0.1, 0.1);
        float[] x = new float[(int) narration.frames()];
        new NarrationTrack(narration, resampled::get).next(x, x.length);
        for (int c = 0; c < clips.size(); c++) {
            float insideMax = 0;
            for (long i = narration.starts()[c] + 1; i < narration.ends()[c]; i++) {
                insideMax = Math.max(insideMax, Math.abs(x[(int) i] - x[(int) i - 1]));
            }
            for (long edge : new long[] {narration.starts()[c], narration.ends()[c]}) {
                for (long i = edge - 2; i <= edge + 2; i++) {
                    float jump = Math.abs(x[(int) i] - x[(int) i - 1]);
                    // Well below the clip's own largest step (uncut, the tone jumps by twice it).
                    assertTrue(jump < 0.5 * insideMax, "clip " + c + ": jump " + jump + " at frame " + i
                            + ", largest step inside " + insideMax);
                }
            }
        }
    }
}
