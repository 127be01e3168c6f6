package audiobook.speech;

import be.tarsos.dsp.pitch.PitchDetectionResult;
import be.tarsos.dsp.pitch.Yin;

/**
 * The mean pitch of speech, by TarsosDSP's YIN over 64 ms frames at a 16 ms hop: the mean of
 * the frames YIN calls pitched with a probability of at least 0.9, between 50 and 500 Hz.
 */
public final class PitchMeter {

    private PitchMeter() {
    }

    public static double meanHz(SpeechClip clip) {
        int size = Integer.highestOneBit(clip.sampleRate() / 16) * 2;   // 1024 at 16 kHz
        int hop = size / 4;
        Yin yin = new Yin(clip.sampleRate(), size);
        float[] x = clip.samples();
        float[] buffer = new float[size];
        double sum = 0;
        int n = 0;
        for (int start = 0; start + size <= x.length; start += hop) {
            System.arraycopy(x, start, buffer, 0, size);
            PitchDetectionResult r = yin.getPitch(buffer);
            if (r.isPitched() && r.getProbability() >= 0.9 && r.getPitch() >= 50 && r.getPitch() <= 500) {
                sum += r.getPitch();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
