package audiobook.plan;

import audiobook.text.Chapter;
import audiobook.text.Manuscript;
import audiobook.text.Paragraph;
import audiobook.text.SentenceSplitter;
import audiobook.text.SpeechNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a manuscript into a {@link BookPlan}: pure and deterministic. */
public final class SegmentPlanner {

    private final PlanSettings settings;

    public SegmentPlanner(PlanSettings settings) {
        this.settings = settings;
    }

    public BookPlan plan(Manuscript manuscript, String sourceName) {
        String title = settings.title() != null ? settings.title() : titleFromFileName(sourceName);
        String author = settings.author() != null ? settings.author() : "Unknown author";
        List<Chapter> chapters = new ArrayList<>(manuscript.chapters());
        if (settings.includeFrontMatter() && !manuscript.frontMatter().isBlank()) {
            chapters.add(0, new Chapter("Foreword", manuscript.frontMatter().lines()
                    .filter(l -> !l.isBlank()).map(l -> new Paragraph(SentenceSplitter.split(l))).toList()));
        }
        SceneScorer scorer = new SceneScorer();
        List<ChapterPlan> plans = new ArrayList<>();
        for (Chapter chapter : chapters) {
            plans.add(planChapter(plans.size() + 1, chapter, scorer));
        }
        return new BookPlan(title, author, slug(title), settings.seed(), manuscript.frontMatter(), plans,
                manuscript.warnings());
    }

    private ChapterPlan planChapter(int number, Chapter chapter, SceneScorer scorer) {
        List<Segment> segments = new ArrayList<>();
        segments.add(segment(0, chapter.title(), VoiceRole.NARRATOR, PauseKind.TITLE, scorer, List.of()));
        List<Paragraph> paragraphs = chapter.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            List<String> sentences = paragraphs.get(p).sentences();
            for (int s = 0; s < sentences.size(); s++) {
                List<String> clauses = ClauseSplitter.split(sentences.get(s), settings.maxSegmentWords());
                VoiceRole role = roleOf(sentences.get(s));
                for (int c = 0; c < clauses.size(); c++) {
                    PauseKind pause = c < clauses.size() - 1 ? PauseKind.CLAUSE
                            : s < sentences.size() - 1 ? PauseKind.SENTENCE
                            : p < paragraphs.size() - 1 ? PauseKind.PARAGRAPH
                            : PauseKind.END;
                    List<String> cues = s == 0 && c == 0 ? paragraphs.get(p).cues() : List.of();
                    segments.add(segment(segments.size(), clauses.get(c), role, pause, scorer, cues));
                }
            }
        }
        return new ChapterPlan(number, chapter.title(), segments);
    }

    private Segment segment(int index, String text, VoiceRole role, PauseKind pause, SceneScorer scorer,
                            List<String> cues) {
        return new Segment(index, text, SpeechNormaliser.normalise(text), role, pause,
                settings.pauses().of(pause), scorer.next(text, cues));
    }

    /** A sentence that opens with a quotation mark is (mostly) a character speaking. */
    private static VoiceRole roleOf(String sentence) {
        return sentence.matches("^[\"\u201C].*") ? VoiceRole.DIALOGUE : VoiceRole.NARRATOR;
    }

    static String titleFromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "").replaceAll("[-_]+", " ").strip();
        StringBuilder title = new StringBuilder();
        String[] words = base.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            boolean small = i > 0 && List.of("a", "an", "and", "the", "of", "in", "on", "to", "or").contains(w);
            title.append(i > 0 ? " " : "")
                    .append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return title.toString();
    }

    public static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "book" : slug;
    }
}
