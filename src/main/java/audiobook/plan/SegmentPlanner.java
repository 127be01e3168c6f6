package audiobook.plan;

import audiobook.text.Chapter;
import audiobook.text.Manuscript;
import audiobook.text.Paragraph;
import audiobook.text.SentenceSplitter;
import audiobook.text.SpeechNormaliser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a manuscript into a {@link BookPlan}: pure and deterministic. Each chapter opens with its
 * title; then every sentence becomes a segment, split where the voice changes between narration
 * and dialogue and, past the maximum length, at a clause boundary. The pause after a segment says
 * which boundary follows: clause, sentence, paragraph, scene, or the end of the chapter.
 */
public final class SegmentPlanner {

    private final PlanSettings settings;
    private final SpeechNormaliser normaliser;
    private final Casting casting;

    public SegmentPlanner(PlanSettings settings) {
        this(settings, Casting.NONE);
    }

    /** With the casting of the book's characters: who speaks each quotation decides its voice. */
    public SegmentPlanner(PlanSettings settings, Casting casting) {
        this.settings = settings;
        this.normaliser = new SpeechNormaliser(settings.lexicon());
        this.casting = casting;
    }

    /** @param sourceName the story's file name, or null when it has none (standard input, a pipe) */
    public BookPlan plan(Manuscript manuscript, String sourceName) {
        String title = settings.title() != null ? settings.title()
                : manuscript.info().title() != null ? manuscript.info().title()
                : sourceName != null ? titleFromFileName(sourceName) : titleFromText(manuscript);
        // An unknown author is left out (of tags, playlist and manifest), never written as "Unknown author".
        String author = settings.author() != null && !settings.author().isBlank() ? settings.author()
                : manuscript.info().author();
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
        Credits credits = (settings.credits() != null ? settings.credits() : new Credits(null, null))
                .resolve(title, settings.author() != null || manuscript.info().author() != null ? author : null);
        return cast(new BookPlan(title, author, slug(title), settings.seed(), manuscript.frontMatter(),
                withCredits(plans, credits), manuscript.warnings(), credits));
    }

    /**
     * The opening credits before the first chapter's title (or as that title, when the chapter is
     * named for the book), a scene's pause after them; the closing line after a scene's pause at
     * the end of the last chapter.
     */
    private List<ChapterPlan> withCredits(List<ChapterPlan> plans, Credits credits) {
        List<ChapterPlan> out = new ArrayList<>(plans);
        if (!credits.opening().isEmpty() && !out.isEmpty()) {
            ChapterPlan first = out.get(0);
            List<Segment> segments = new ArrayList<>(first.segments());
            Segment title = segments.get(0);
            Segment opening = new Segment(0, credits.opening(), normaliser.spoken(credits.opening()), VoiceRole.NARRATOR,
                    PauseKind.SCENE, pause(PauseKind.SCENE, first.number(), -1), title.cue());
            if (credits.opening().startsWith(first.title() + ",") || credits.opening().equals(first.title() + ".")) {
                segments.set(0, new Segment(0, title.text(), opening.spoken(), VoiceRole.NARRATOR, title.pauseAfter(),
                        title.pauseMs(), title.cue()));
            } else {
                segments.add(0, opening);
            }
            out.set(0, new ChapterPlan(first.number(), first.title(), reindexed(segments)));
        }
        if (!credits.closing().isEmpty() && !out.isEmpty()) {
            ChapterPlan last = out.get(out.size() - 1);
            List<Segment> segments = new ArrayList<>(last.segments());
            Segment end = segments.remove(segments.size() - 1);
            segments.add(new Segment(end.index(), end.text(), end.spoken(), end.role(), PauseKind.SCENE,
                    pause(PauseKind.SCENE, last.number(), end.index()), end.cue()));
            segments.add(new Segment(0, credits.closing(), normaliser.spoken(credits.closing()), VoiceRole.NARRATOR,
                    PauseKind.END, 0, end.cue()));
            out.set(out.size() - 1, new ChapterPlan(last.number(), last.title(), reindexed(segments)));
        }
        return out;
    }

    private static List<Segment> reindexed(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : segments) {
            out.add(new Segment(out.size(), s.text(), s.spoken(), s.role(), s.pauseAfter(), s.pauseMs(), s.cue()));
        }
        return out;
    }

    /** Finds who says each quotation, then gives every segment its voice. */
    private BookPlan cast(BookPlan plan) {
        SpeakerFinder.Result found = SpeakerFinder.find(plan.chapters(), casting.people());
        CastSummary summary = CastSummary.of(found.lines(), found.characters());
        java.util.Map<String, String> voices = casting.assign(summary);
        List<ChapterPlan> chapters = found.chapters().stream().map(c -> new ChapterPlan(c.number(), c.title(),
                c.segments().stream().map(s -> s.withVoice(s.role() == VoiceRole.NARRATOR ? casting.narrator()
                        : voices.getOrDefault(s.speaker() == null ? "" : s.speaker(), casting.dialogue()))).toList()))
                .toList();
        return new BookPlan(plan.title(), plan.author(), plan.slug(), plan.seed(), plan.frontMatter(), chapters,
                plan.warnings(), plan.credits(), summary.withVoices(voices));
    }

    private ChapterPlan planChapter(int number, Chapter chapter, SceneScorer scorer) {
        List<List<Piece>> pieces = new ArrayList<>();
        List<Paragraph> paragraphs = chapter.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            List<Piece> paragraphPieces = new ArrayList<>();
            pieces.add(paragraphPieces);
            PauseKind paragraphEnd = p == paragraphs.size() - 1 ? PauseKind.END
                    : paragraphs.get(p + 1).opensScene() ? PauseKind.SCENE : PauseKind.PARAGRAPH;
            List<String> cues = paragraph.cues();
            if (paragraph.opensScene()) {
                // The weather of the scene before does not carry over a scene break.
                cues = new ArrayList<>(cues);
                cues.add(0, SceneScorer.SCENE_BREAK);
            }
            List<List<DialogueSplitter.Part>> sentences = paragraph.epigraph()
                    ? paragraph.sentences().stream().map(t -> List.of(new DialogueSplitter.Part(t, VoiceRole.NARRATOR))).toList()
                    : DialogueSplitter.split(paragraph.sentences());
            for (int s = 0; s < sentences.size(); s++) {
                PauseKind sentenceEnd = s == sentences.size() - 1 ? paragraphEnd : PauseKind.SENTENCE;
                List<DialogueSplitter.Part> parts = sentences.get(s);
                for (int k = 0; k < parts.size(); k++) {
                    List<String> clauses = ClauseSplitter.split(parts.get(k).text(), settings.maxSegmentWords());
                    for (int c = 0; c < clauses.size(); c++) {
                        boolean last = k == parts.size() - 1 && c == clauses.size() - 1;
                        paragraphPieces.add(new Piece(clauses.get(c), parts.get(k).role(), last ? sentenceEnd : PauseKind.CLAUSE,
                                cues));
                        cues = List.of();
                    }
                }
            }
        }
        List<Piece> speakable = Piece.speakable(pieces, normaliser);
        String titleText = chapter.title();
        if (speakable.size() == 1 && !Piece.isSpeakable(normaliser.spoken(speakable.get(0).text()))) {
            // The chapter holds nothing to say aloud: its marks go with the title, which is spoken.
            titleText += " " + speakable.remove(0).text();
        }
        List<Segment> segments = new ArrayList<>();
        PauseKind afterTitle = speakable.isEmpty() ? PauseKind.END : PauseKind.TITLE;
        segments.add(new Segment(0, titleText, spokenTitle(number, chapter.title()), VoiceRole.NARRATOR,
                afterTitle, pause(afterTitle, number, 0), scorer.next(chapter.title(), List.of())));
        for (Piece piece : speakable) {
            segments.add(new Segment(segments.size(), piece.text(), normaliser.spoken(piece.text()), piece.role(),
                    piece.pause(), pause(piece.pause(), number, segments.size()), scorer.next(piece.text(), piece.cues())));
        }
        return new ChapterPlan(number, chapter.title(), segments);
    }

    /** The pause after a segment, varied from the plan's seed ({@link Pauses}). */
    private int pause(PauseKind kind, int chapter, int index) {
        return settings.pauses().of(kind, settings.seed(), chapter, index);
    }

    /** A title with nothing to say aloud ("* * *", "—") is read as its chapter number. */
    private String spokenTitle(int number, String title) {
        String spoken = normaliser.spokenTitle(title);
        return Piece.isSpeakable(spoken) ? spoken : normaliser.spokenTitle("Chapter " + number);
    }

    /** A story without a file name is called by its first words: "It was a bright cold day". */
    static String titleFromText(Manuscript manuscript) {
        for (Chapter chapter : manuscript.chapters()) {
            for (Paragraph paragraph : chapter.paragraphs()) {
                for (String sentence : paragraph.sentences()) {
                    String[] words = sentence.strip().split("\\s+");
                    String first = String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length)))
                            .replaceAll("[\\p{Punct}\\s“”‘’—–…]+$", "").replaceAll("^[\\p{Punct}“”‘’]+", "");
                    if (!first.isBlank()) {
                        return first;
                    }
                }
            }
        }
        return "Untitled";
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
