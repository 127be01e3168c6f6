package audiobook.speech;

import audiobook.AudiobookException;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Allocated FreeTTS voices, lent to one caller at a time. A {@link Voice} gives corrupted output
 * when threads share it (DSP-NOTES §6), so each concurrent call borrows its own: as many voices
 * exist as calls ever ran at once, i.e. one per worker thread. They are kept for the life of the
 * JVM because allocating one takes a noticeable fraction of a second; and they are allocated one
 * at a time because FreeTTS loads its lexicon into an unsynchronised static map.
 */
final class FreeTtsVoices {

    private static final Object ALLOCATION_LOCK = new Object();
    private static final Map<String, ConcurrentLinkedDeque<Voice>> IDLE = new ConcurrentHashMap<>();
    /** Each voice's mender of lone /w/ words, which remembers the words it has looked at. */
    private static final Map<Voice, LoneW> LONE_W = new ConcurrentHashMap<>();

    static {
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
    }

    private FreeTtsVoices() {
    }

    static Voice borrow(String name) {
        Voice voice = IDLE.computeIfAbsent(name, n -> new ConcurrentLinkedDeque<>()).pollFirst();
        return voice != null ? voice : allocate(name);
    }

    /** Allocates voices until {@code count} are idle or lent out. */
    static void prepare(String name, int count) {
        java.util.List<Voice> voices = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            voices.add(borrow(name));
        }
        voices.forEach(v -> giveBack(name, v));
    }

    /** The lone-/w/ mender of a borrowed voice (see {@link LoneW}). */
    static LoneW loneW(Voice voice) {
        return LONE_W.computeIfAbsent(voice, v -> new LoneW(v.getLexicon()));
    }

    static void giveBack(String name, Voice voice) {
        IDLE.get(name).offerFirst(voice);
    }

    private static Voice allocate(String name) {
        synchronized (ALLOCATION_LOCK) {
            Voice voice = VoiceManager.getInstance().getVoice(name);
            if (voice == null) {
                throw new AudiobookException(AudiobookException.Kind.ENVIRONMENT,
                        "FreeTTS has no voice '" + name + "' on the class path; the jar is incomplete");
            }
            voice.allocate();
            OldWords.addTo(voice.getLexicon());
            return voice;
        }
    }
}
