package audiobook.plan;

/**
 * Pause lengths in milliseconds for each boundary kind (DESIGN.md "Audio targets"), and how a
 * plan varies them. A reader does not pause for exactly the same time after every sentence; a
 * pause fixed to the millisecond makes the narration tick like a metronome. So each pause is
 * its kind's length times a factor within ±{@value #VARIATION_PERCENT} %, drawn from the plan's
 * seed, the chapter and the segment: the same plan always gets the same pauses, and an edit in
 * one chapter moves no pause of another.
 *
 * <p>The lengths are those of a measured, unhurried reading: a sentence 0.5 to 0.8 s, a paragraph
 * 1.0 to 1.5 s, a scene break 2 to 3 s, which leaves the bed time to come up between them.
 */
public record Pauses(int clauseMs, int sentenceMs, int paragraphMs, int sceneMs, int titleMs) {

    public static final Pauses DEFAULT = new Pauses(250, 650, 1250, 2500, 1800);
    static final int VARIATION_PERCENT = 20;

    /** The kind's length before variation. */
    public int of(PauseKind kind) {
        return switch (kind) {
            case CLAUSE -> clauseMs;
            case SENTENCE -> sentenceMs;
            case PARAGRAPH -> paragraphMs;
            case SCENE -> sceneMs;
            case TITLE -> titleMs;
            case END -> 0;
        };
    }

    /** The pause after segment {@code index} of chapter {@code chapter}: the kind's length, varied. */
    public int of(PauseKind kind, long seed, int chapter, int index) {
        long h = mix(seed ^ mix(chapter * 0x9E3779B97F4A7C15L + index));
        double unit = (h >>> 11) * 0x1.0p-53;
        double factor = 1 + VARIATION_PERCENT / 100.0 * (2 * unit - 1);
        return (int) Math.round(of(kind) * factor);
    }

    /** SplitMix64's finaliser: every bit of the input moves about half the bits of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
