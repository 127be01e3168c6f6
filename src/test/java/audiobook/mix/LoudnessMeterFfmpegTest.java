package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compares the meter with ffmpeg's ebur128 filter (libebur128-derived) on 16-bit WAV files. */
class LoudnessMeterFfmpegTest {

    private static final int RATE = 44100;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsFfmpeg() {
        Assumptions.assumeTrue(ffmpegRuns(), "ffmpeg is not on PATH: comparison with ffmpeg's ebur128 skipped");
    }

    @ParameterizedTest(name = "bursts at {0} dBFS RMS, room tone at {1} dBFS")
    @CsvSource({"-20, -60, 1", "-11, -50, 2", "-30, -70, 3"})
    void agreesWithFfmpegEbur128(double burstDbfs, double roomToneDbfs, long seed) throws Exception {
        float[][] signal = quantised(TestSignals.speechLike(2, 40.0, RATE, burstDbfs, roomToneDbfs, seed));
        File wav = dir.resolve("speech-like.wav").toFile();
        write16BitWav(signal, wav);

        LoudnessReport ours = LoudnessMeter.measure(signal, RATE);
        String summary = ffmpegSummary(wav);

        assertEquals(number(summary, "I:\\s*(-?[\\d.]+) LUFS"), ours.integratedLufs(), 0.3, summary);
        assertEquals(number(summary, "Peak:\\s*(-?[\\d.]+) dBFS"), ours.truePeakDbtp(), 0.5, summary);
        assertEquals(number(summary, "LRA:\\s*(-?[\\d.]+) LU"), ours.loudnessRangeLu(), 1.0, summary);
    }

    @ParameterizedTest(name = "full-band white noise at {0} dBFS RMS")
    @CsvSource({"-12, 4"})
    void underReadsTruePeakOfFullBandNoiseByAtMostAboutOneDecibel(double rmsDbfs, long seed) throws Exception {
        // Known limit, shared with BS.1770-4 Annex 2 and libebur128: a 12-tap-per-phase
        // interpolator rolls off above 0.35 fs, where ffmpeg's 192 kHz resampler does not.
        float[] noise = TestSignals.noise(rmsDbfs, 20.0, RATE, seed);
        float[][] signal = quantised(new float[][] {noise, noise.clone()});
        File wav = dir.resolve("white.wav").toFile();
        write16BitWav(signal, wav);

        double ours = LoudnessMeter.measure(signal, RATE).truePeakDbtp();
        String summary = ffmpegSummary(wav);
        double theirs = number(summary, "Peak:\\s*(-?[\\d.]+) dBFS");
        assertTrue(ours <= theirs + 0.2 && ours >= theirs - 1.5, "ours " + ours + ", ffmpeg's\n" + summary);
    }

    @ParameterizedTest(name = "speech-like bursts at {0} dBFS RMS limited to -1 dBTP")
    @CsvSource({"-6, 5"})
    void limitedOutputReadsUnderTheCeilingInFfmpeg(double burstDbfs, long seed) throws Exception {
        float[][] signal = TestSignals.speechLike(2, 20.0, RATE, burstDbfs, -60, seed);
        Limiter.limitInPlace(signal, RATE, -1.0, 5, 150);
        File wav = dir.resolve("limited.wav").toFile();
        write16BitWav(quantised(signal), wav);
        String summary = ffmpegSummary(wav);
        assertTrue(number(summary, "Peak:\\s*(-?[\\d.]+) dBFS") <= -1.0, summary);
    }

    /** Rounds to 16-bit steps so both meters read exactly the same samples. */
    private static float[][] quantised(float[][] x) {
        for (float[] ch : x) {
            for (int i = 0; i < ch.length; i++) {
                ch[i] = toShort(ch[i]) / 32768f;
            }
        }
        return x;
    }

    private static short toShort(float v) {
        return (short) Math.max(-32768, Math.min(32767, Math.round(v * 32768.0)));
    }

    private static void write16BitWav(float[][] x, File file) throws IOException {
        int frames = x[0].length, channels = x.length;
        ByteBuffer bytes = ByteBuffer.allocate(frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (float[] ch : x) {
                bytes.putShort(toShort(ch[i]));
            }
        }
        AudioFormat format = new AudioFormat(RATE, 16, channels, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(bytes.array()), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file);
        }
    }

    private static String ffmpegSummary(File wav) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-nostats", "-i", wav.getPath(),
                "-af", "ebur128=peak=true", "-f", "null", "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ffmpeg did not finish");
        assertEquals(0, p.exitValue(), out);
        int summary = out.lastIndexOf("Summary:");
        assertTrue(summary >= 0, "no ebur128 summary in ffmpeg's output:\n" + out);
        return out.substring(summary);
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex + " in\n" + text);
        return Double.parseDouble(m.group(1));
    }

    private static boolean ffmpegRuns() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
