package audiobook.soundscape;

import audiobook.plan.SeedTree;

/**
 * Plays a {@link LoopRecording} around and around from a seeded starting point, so chapters do
 * not all open on the same second of it. A mono recording is read half a loop apart for the
 * right channel, so left and right are decorrelated as every other layer's are.
 */
final class LoopLayer implements Layer {

    private final float[] left;
    private final float[] right;
    private int leftAt;
    private int rightAt;

    LoopLayer(LoopRecording recording, SeedTree seeds, int sampleRate) {
        float[][] loop = recording.loopAt(sampleRate);
        left = loop[0];
        right = loop.length > 1 ? loop[1] : loop[0];
        leftAt = (int) (new Noise(seeds.child("start")).uniform() * left.length);
        rightAt = loop.length > 1 ? leftAt : (leftAt + left.length / 2) % left.length;
    }

    @Override
    public void add(Bus out, int frames, double from, double to) {
        float[] l = out.directLeft;
        float[] r = out.directRight;
        for (int i = 0; i < frames; i++) {
            float gain = (float) (from + (to - from) * i / frames);
            l[i] += gain * left[leftAt];
            r[i] += gain * right[rightAt];
            leftAt = leftAt + 1 == left.length ? 0 : leftAt + 1;
            rightAt = rightAt + 1 == right.length ? 0 : rightAt + 1;
        }
    }
}
