package audiobook.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A chapter's segments grouped as the speaker finder reads them: scenes of paragraphs, each
 * paragraph a run of pieces that are either one quotation (dialogue segments in a row) or
 * narration.
 */
record Scene(List<Paragraph> paragraphs) {

    record Piece(boolean quote, int first, int last, List<String> texts) {

        String firstText() {
            return texts.get(0);
        }

        String lastText() {
            return texts.get(texts.size() - 1);
        }

        /** A quotation left open at the paragraph's end: the speech goes on in the next one. */
        boolean leftOpen() {
            String end = lastText().strip();
            return !end.isEmpty() && "\u201D\u2019\"'\u00BB".indexOf(end.charAt(end.length() - 1)) < 0
                    && end.chars().noneMatch(c -> c == '\u201D' || c == '"' || c == '\u00BB');
        }
    }

    record Paragraph(List<Piece> pieces) {

        List<Piece> quotes() {
            return pieces.stream().filter(Piece::quote).toList();
        }

        boolean opensWithQuote() {
            return !pieces.isEmpty() && pieces.get(0).quote();
        }
    }

    /** The scenes of a chapter, its title left out. */
    static List<Scene> of(ChapterPlan chapter) {
        List<Scene> scenes = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        List<Segment> segments = chapter.segments();
        int start = 1;
        for (int i = 1; i < segments.size(); i++) {
            Segment s = segments.get(i);
            boolean pieceEnds = i + 1 >= segments.size() || segments.get(i + 1).role() != s.role()
                    || endsParagraph(s.pauseAfter());
            if (pieceEnds) {
                List<String> texts = segments.subList(start, i + 1).stream().map(Segment::text).toList();
                pieces.add(new Piece(s.role() == VoiceRole.DIALOGUE, start, i, texts));
                start = i + 1;
            }
            if (endsParagraph(s.pauseAfter()) || i + 1 >= segments.size()) {
                paragraphs.add(new Paragraph(List.copyOf(pieces)));
                pieces.clear();
            }
            if (s.pauseAfter() == PauseKind.SCENE || i + 1 >= segments.size()) {
                scenes.add(new Scene(List.copyOf(paragraphs)));
                paragraphs.clear();
            }
        }
        return scenes;
    }

    private static boolean endsParagraph(PauseKind pause) {
        return pause == PauseKind.PARAGRAPH || pause == PauseKind.SCENE || pause == PauseKind.END
                || pause == PauseKind.TITLE;
    }
}
