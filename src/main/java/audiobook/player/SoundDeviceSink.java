package audiobook.player;

import audiobook.AudiobookException;
import audiobook.audio.Block;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays through the machine's sound device (a javax.sound {@link SourceDataLine}) as 16-bit PCM. */
public final class SoundDeviceSink implements AudioSink {

    /** A quarter of a second: short enough that Ctrl-C and the shown sentence feel immediate. */
    private static final double BUFFER_SECONDS = 0.25;

    private volatile SourceDataLine line;
    private volatile boolean stopped;
    private int channels;
    private byte[] bytes = new byte[0];

    /**
     * Why nothing can be played here, or null when a line for 44.1 kHz stereo opens. Opens and
     * closes a line, which is the only test javax.sound offers that a device really exists.
     */
    public static String unavailableReason() {
        try {
            SourceDataLine probe = open(new AudioFormat(44100, 16, 2, true, false));
            probe.close();
            return null;
        } catch (AudiobookException e) {
            return e.getMessage();
        }
    }

    @Override
    public void open(int sampleRate, int channelCount) {
        close();
        stopped = false;
        channels = channelCount;
        line = open(new AudioFormat(sampleRate, 16, channelCount, true, false));
        line.start();
    }

    private static SourceDataLine open(AudioFormat format) {
        try {
            SourceDataLine opened = AudioSystem.getSourceDataLine(format);
            int frames = (int) (format.getSampleRate() * BUFFER_SECONDS);
            opened.open(format, frames * format.getFrameSize());
            return opened;
        } catch (IllegalArgumentException e) {
            throw new AudiobookException(AudiobookException.Kind.ENVIRONMENT, "no audio device to play on (javax.sound "
                    + "finds no output line for " + format.getChannels() + "-channel 16-bit audio at "
                    + Math.round(format.getSampleRate()) + " Hz)", e);
        } catch (LineUnavailableException | SecurityException e) {
            throw new AudiobookException(AudiobookException.Kind.ENVIRONMENT,
                    "the audio device cannot be opened (javax.sound: " + e.getMessage() + ")", e);
        }
    }

    @Override
    public void write(Block played) {
        float[][] block = played.channels();
        int frames = played.frames();
        int length = frames * channels * 2;
        if (bytes.length < length) {
            bytes = new byte[length];
        }
        int at = 0;
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                // The inverse of reading 16-bit PCM as s / 32768, so a 16-bit file plays bit for bit.
                int s = (int) Math.max(-32768, Math.min(32767, Math.round(block[c][i] * 32768.0)));
                bytes[at++] = (byte) s;
                bytes[at++] = (byte) (s >> 8);
            }
        }
        SourceDataLine current = line;
        for (int written = 0; written < length && !stopped; ) {
            // write() returns early when stop() flushes the line from another thread.
            int n = current.write(bytes, written, length - written);
            if (n == 0 && !current.isOpen()) {
                throw new AudiobookException(AudiobookException.Kind.ENVIRONMENT,
                        "the audio device closed while playing; play again, or open the files in another player", null);
            }
            written += n;
        }
    }

    @Override
    public long framesPlayed() {
        return line == null ? 0 : line.getLongFramePosition();
    }

    @Override
    public void finish() {
        if (line != null && !stopped) {
            line.drain();
        }
    }

    @Override
    public void stop() {
        stopped = true;
        SourceDataLine current = line;
        if (current != null) {
            current.stop();
            current.flush();
        }
    }

    @Override
    public void close() {
        SourceDataLine current = line;
        line = null;
        if (current != null) {
            current.close();
        }
    }
}
