package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.export.WavReader;
import audiobook.mix.LoudnessMeter;
import audiobook.mix.LoudnessReport;
import audiobook.testing.WavFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audiobook check} streams: a 60-minute stereo WAV is measured under a 64 MB heap, with
 * the figures that measuring its first minute in memory gives (the signal repeats every 10 s,
 * so every figure but the duration is the same).
 */
class CheckStreamingIT {

    private static final int RATE = 44100;
    private static final int PERIOD = 10 * RATE;

    @TempDir
    Path dir;

    @Test
    void anHourOfStereoIsCheckedUnderSixtyFourMegabytesWithTheFiguresOfItsFirstMinute() throws Exception {
        byte[] period = period();
        Path hour = write(dir.resolve("hour.wav"), period, 360);
        Path minute = write(dir.resolve("minute.wav"), period, 6);
        Proc.Result run = new Proc(dir).jvm("-Xmx64m").run("check", hour.toString(), minute.toString());
        assertTrue(run.exit() == 0 || run.exit() == 4, run.toString());   // pass or a target missed: the figures decide
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.toString());
        String[] h = lines.get(1).trim().split("\\s+");
        String[] m = lines.get(2).trim().split("\\s+");
        for (int i = 1; i <= 5; i++) {
            assertEquals(m[i], h[i], "column " + i + " (LUFS, RMS, TP, peak, floor) of\n" + run.out());
        }
        assertEquals("3600.0", h[6]);
        assertEquals("60.0", m[6]);
        LoudnessReport inMemory = LoudnessMeter.measure(WavReader.read(minute).channels(), RATE);
        assertEquals(String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f %.1f", inMemory.integratedLufs(), inMemory.rmsDbfs(),
                inMemory.truePeakDbtp(), inMemory.samplePeakDbfs(), inMemory.noiseFloorDbfs()),
                String.join(" ", m[1], m[2], m[3], m[4], m[5]), "the same figures as measuring it all at once");
    }

    /** 10 s of stereo: 8 s of a 440 Hz tone swelling and fading, 2 s of faint noise. */
    private static byte[] period() {
        ByteBuffer b = ByteBuffer.allocate(PERIOD * 4).order(ByteOrder.LITTLE_ENDIAN);
        java.util.SplittableRandom noise = new java.util.SplittableRandom(7);
        for (int i = 0; i < PERIOD; i++) {
            double t = (double) i / RATE;
            double v = t < 8 ? 0.3 * Math.sin(Math.PI * t / 8) * Math.sin(2 * Math.PI * 440 * t)
                    : 0.001 * (2 * noise.nextDouble() - 1);
            short left = (short) Math.round(v * 32767);
            short right = (short) Math.round(0.8 * v * 32767);
            b.putShort(left).putShort(right);
        }
        return b.array();
    }

    private static Path write(Path file, byte[] period, int times) throws IOException {
        byte[] header = WavFiles.wav(1, RATE, 2, 16, new byte[0]);
        ByteBuffer h = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        long data = (long) period.length * times;
        h.putInt(4, (int) (36 + data)).putInt(40, (int) data);
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(h);
            for (int k = 0; k < times; k++) {
                ByteBuffer p = ByteBuffer.wrap(period);
                while (p.hasRemaining()) {
                    out.write(p);
                }
            }
        }
        return file;
    }
}
