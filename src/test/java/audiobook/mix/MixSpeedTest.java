package audiobook.mix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Times the meter and the limiter on 5 minutes of stereo 44.1 kHz speech-like audio. Off by
 * default (it only prints figures); run with
 * {@code mvn -q test -Dtest=MixSpeedTest -Daudiobook.speed=true}.
 */
@EnabledIfSystemProperty(named = "audiobook.speed", matches = "true")
class MixSpeedTest {

    private static final int RATE = 44100;
    private static final double SECONDS = 300.0;

    @Test
    void fiveMinutesOfStereo() {
        float[][] speech = TestSignals.speechLike(2, SECONDS, RATE, -20, -60, 9);
        float[][] loud = TestSignals.speechLike(2, SECONDS, RATE, -10, -60, 9);
        double meter = Double.MAX_VALUE, limiter = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long t0 = System.nanoTime();
            LoudnessReport report = LoudnessMeter.measure(speech, RATE);
            long t1 = System.nanoTime();
            float[][] copy = {loud[0].clone(), loud[1].clone()};
            long t2 = System.nanoTime();
            Limiter.limitInPlace(copy, RATE, -1.0, 5, 150);
            long t3 = System.nanoTime();
            meter = Math.min(meter, (t1 - t0) / 1e9);
            limiter = Math.min(limiter, (t3 - t2) / 1e9);
            assertTrue(report.durationSeconds() == SECONDS);
        }
        System.out.printf("5 min stereo 44.1 kHz: LoudnessMeter.measure %.3f s (%.0fx real time), "
                + "Limiter.limitInPlace %.3f s (%.0fx real time)%n", meter, SECONDS / meter, limiter, SECONDS / limiter);
    }
}
