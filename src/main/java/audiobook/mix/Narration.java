package audiobook.mix;

/**
 * A chapter's narration laid out in time: mono samples at the output rate, and for every
 * segment the frame its speech starts and ends. Arrays are not modified after assembly.
 */
public record Narration(int sampleRate, float[] samples, long[] starts, long[] ends) {

    public long frames() {
        return samples.length;
    }
}
