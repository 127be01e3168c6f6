package audiobook.soundscape;

import java.util.Arrays;

/**
 * Short stored sounds played where they fall (rain drops, leaf ticks, creaks, hull thumps): each
 * with its own gain and place, added into the blocks it spans, carrying over into the next ones.
 * Why stored sounds: a drop is a click through a resonator, so its sound is that response scaled
 * and added where it lands; adding a few hundred samples per drop costs far less than running
 * resonators over every sample, most of them silent.
 */
final class Grains {

    private float[][] sounds = new float[8][];
    /** Frames from the start of the sound to the start of the coming block, per channel; negative before it starts. */
    private int[] lefts = new int[8];
    private int[] rights = new int[8];
    private float[] leftGains = new float[8];
    private float[] rightGains = new float[8];
    private final int sampleRate;
    private int playing;

    Grains(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /**
     * Starts {@code sound} at {@code offset} frames into the coming block, at a gain and place
     * (-1 left to 1 right): panned, and later in the farther channel, as {@link PointSource} places
     * a sound (to the nearest frame: a grain does not move).
     */
    void start(float[] sound, int offset, double gain, double position) {
        if (playing == sounds.length) {
            int n = 2 * playing;
            sounds = Arrays.copyOf(sounds, n);
            lefts = Arrays.copyOf(lefts, n);
            rights = Arrays.copyOf(rights, n);
            leftGains = Arrays.copyOf(leftGains, n);
            rightGains = Arrays.copyOf(rightGains, n);
        }
        sounds[playing] = sound;
        lefts[playing] = -offset - (int) Math.round(PointSource.leftDelay(position, sampleRate));
        rights[playing] = -offset - (int) Math.round(PointSource.rightDelay(position, sampleRate));
        leftGains[playing] = (float) (gain * Pan.left(position));
        rightGains[playing] = (float) (gain * Pan.right(position));
        playing++;
    }

    /** Adds the coming block of every sound playing into {@code l} and {@code r}, and moves on by it. */
    void add(float[] l, float[] r, int frames) {
        for (int k = 0; k < playing; k++) {
            play(sounds[k], lefts[k], leftGains[k], l, frames);
            play(sounds[k], rights[k], rightGains[k], r, frames);
            lefts[k] += frames;
            rights[k] += frames;
        }
        int kept = 0;
        for (int k = 0; k < playing; k++) {
            if (Math.min(lefts[k], rights[k]) < sounds[k].length) {
                sounds[kept] = sounds[k];
                lefts[kept] = lefts[k];
                rights[kept] = rights[k];
                leftGains[kept] = leftGains[k];
                rightGains[kept] = rightGains[k];
                kept++;
            }
        }
        Arrays.fill(sounds, kept, playing, null);
        playing = kept;
    }

    private static void play(float[] sound, int at, float gain, float[] out, int frames) {
        int from = Math.max(0, -at);
        int to = Math.min(frames, sound.length - at);
        for (int i = from; i < to; i++) {
            out[i] += gain * sound[at + i];
        }
    }
}
