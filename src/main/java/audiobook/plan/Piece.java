package audiobook.plan;

import audiobook.text.SpeechNormaliser;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of text on its way to becoming a segment: who reads it, the boundary after it, the cues
 * before it. Pieces with nothing to say aloud (a lone ".", ". . . .", "—", "!") never become
 * segments of their own: FreeTTS gives them no sound, so they would be clips and captions of no
 * length. Inside a paragraph such a piece joins the piece before it (and the boundary after it,
 * the later one, becomes the joined piece's); at a paragraph's start it joins the piece after it;
 * a paragraph with nothing to say joins the paragraph before it (or, first in its chapter, the
 * one after). The written words stay, in order, in the captions.
 */
record Piece(String text, VoiceRole role, PauseKind pause, List<String> cues) {

    /** The chapter's paragraphs, each as its pieces, joined into pieces that each say something. */
    static List<Piece> speakable(List<List<Piece>> paragraphs, SpeechNormaliser normaliser) {
        List<Piece> out = new ArrayList<>();
        Piece pending = null;
        for (List<Piece> paragraph : paragraphs) {
            List<Piece> pieces = new ArrayList<>(paragraph);
            if (pending != null && !pieces.isEmpty()) {
                pieces.set(0, pending.before(pieces.get(0)));
                pending = null;
            }
            if (pieces.stream().noneMatch(p -> isSpeakable(normaliser.spoken(p.text)))) {
                Piece all = pieces.stream().reduce(Piece::before).orElse(null);
                if (all != null && !out.isEmpty()) {
                    out.add(out.remove(out.size() - 1).before(all));
                } else {
                    pending = all;
                }
                continue;
            }
            int opening = out.size();
            for (Piece piece : pieces) {
                if (pending != null) {
                    piece = pending.before(piece);
                    pending = null;
                }
                if (isSpeakable(normaliser.spoken(piece.text))) {
                    out.add(piece);
                } else if (out.size() > opening) {
                    out.add(out.remove(out.size() - 1).before(piece));
                } else {
                    pending = piece;
                }
            }
        }
        if (pending != null) {
            out.add(pending); // nothing in the chapter can be said: the caller puts it with the title
        }
        return out;
    }

    /** Whether FreeTTS has something to say: a letter or a digit. */
    static boolean isSpeakable(String spoken) {
        return spoken.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** This piece then {@code next}, as one: read by the voice of the one that says something. */
    private Piece before(Piece next) {
        List<String> allCues = cues.isEmpty() ? next.cues : new ArrayList<>(cues);
        if (!cues.isEmpty()) {
            allCues.addAll(next.cues);
        }
        VoiceRole voice = isSpeakable(text) || !isSpeakable(next.text) ? role : next.role;
        return new Piece(text + " " + next.text, voice, next.pause, allCues);
    }
}
