package audiobook.speech;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS audio player that keeps the samples instead of playing them, so synthesis needs no
 * sound device. FreeTTS writes from its own output thread, and {@code speak()} returns only
 * after the output completed (wait/notify), so the buffer is complete and visible afterwards.
 */
final class CapturingAudioPlayer implements AudioPlayer {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private AudioFormat format = new AudioFormat(16000f, 16, 1, true, true);
    private float volume = 1f;

    synchronized float[] takeSamples() {
        byte[] raw = bytes.toByteArray();
        bytes.reset();
        boolean bigEndian = format.isBigEndian();
        float[] samples = new float[raw.length / 2];
        for (int i = 0; i < samples.length; i++) {
            int hi = bigEndian ? raw[2 * i] : raw[2 * i + 1];
            int lo = (bigEndian ? raw[2 * i + 1] : raw[2 * i]) & 0xFF;
            samples[i] = (short) ((hi << 8) | lo) / 32768f;
        }
        return samples;
    }

    int sampleRate() {
        return (int) format.getSampleRate();
    }

    @Override public synchronized void setAudioFormat(AudioFormat f) { format = f; }
    @Override public AudioFormat getAudioFormat() { return format; }
    @Override public synchronized boolean write(byte[] data) { return write(data, 0, data.length); }
    @Override public synchronized boolean write(byte[] data, int off, int len) {
        bytes.write(data, off, len);
        return true;
    }
    @Override public float getVolume() { return volume; }
    @Override public void setVolume(float v) { volume = v; }
    @Override public void pause() { }
    @Override public void resume() { }
    @Override public void reset() { }
    @Override public boolean drain() { return true; }
    @Override public void begin(int size) { }
    @Override public boolean end() { return true; }
    @Override public void cancel() { }
    @Override public void close() { }
    @Override public long getTime() { return 0; }
    @Override public void resetTime() { }
    @Override public void startFirstSampleTimer() { }
    @Override public void showMetrics() { }
}
