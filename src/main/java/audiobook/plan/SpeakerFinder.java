package audiobook.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds who says each quotation of a book, only from what the text shows; a quotation it cannot
 * attribute keeps no speaker (and is read by the generic dialogue voice).
 *
 * <p>Evidence, strongest first ({@link Attribution}): a speech tag beside the quotation naming
 * or describing a character ({@code “Go,” said Jukes}, {@code the captain shouted}); a tag's
 * pronoun ({@code he said}) for the character of that gender named last in the scene, not
 * counting the one who spoke the turn before when a new turn opens; the character the narration
 * beside the quotation is about ({@code Jukes looked up. “Sir?”}); then, as readers do, the other
 * quotations of the same paragraph (one paragraph is one speaker's turn), a speech left open at
 * a paragraph's end that goes on in the next, and turn-taking: in a run of paragraphs between two
 * characters, an unattributed turn is spoken by the one who spoke two turns before (or after).
 *
 * <p>Two passes over the book: the first collects the characters (names in tags, titles, the
 * cast file's list) and the pronouns that show their gender; the second attributes, scene by
 * scene.
 */
final class SpeakerFinder {

    /** How many paragraphs back a pronoun may reach for its character. */
    private static final int PRONOUN_REACH = 4;
    /** And how many mentions back, however long the paragraphs. */
    private static final int PRONOUN_MENTIONS = 64;

    private final Characters characters;
    private final List<Line> lines = new ArrayList<>();

    private SpeakerFinder(List<Person> people) {
        this.characters = new Characters(people);
    }

    /** The book's chapters with a speaker on every attributed dialogue segment, and every quotation. */
    record Result(List<ChapterPlan> chapters, List<Line> lines, Characters characters) {
    }

    static Result find(List<ChapterPlan> chapters, List<Person> people) {
        SpeakerFinder finder = new SpeakerFinder(people);
        List<List<Scene>> scenes = chapters.stream().map(Scene::of).toList();
        scenes.forEach(finder::collect);
        List<Vote> votes = new ArrayList<>();
        scenes.forEach(chapter -> votes.addAll(finder.votes(chapter)));
        finder.characters.finish();
        votes.forEach(finder::count);
        List<ChapterPlan> attributed = new ArrayList<>();
        for (int c = 0; c < chapters.size(); c++) {
            attributed.add(finder.attribute(chapters.get(c), scenes.get(c)));
        }
        return new Result(attributed, List.copyOf(finder.lines), finder.characters);
    }

    // ---- pass 1: the characters ----------------------------------------------------------

    private void collect(List<Scene> scenes) {
        for (Scene scene : scenes) {
            for (Scene.Paragraph p : scene.paragraphs()) {
                for (int k = 0; k < p.pieces().size(); k++) {
                    Scene.Piece piece = p.pieces().get(k);
                    if (piece.quote()) {
                        note(tag(p, k));
                    } else {
                        // Tags and titles register names; of a sentence's subject, which may be a
                        // place, only a description of a person ("the captain") counts.
                        for (String text : piece.texts()) {
                            noteTitled(text);
                            Mention subject = SpeechTags.subject(text);
                            if (subject != null && subject.kind() == Mention.Kind.DESCRIPTION) {
                                note(subject);
                            }
                        }
                    }
                }
            }
        }
    }

    private void note(Mention m) {
        if (m != null) {
            characters.note(m);
        }
    }

    /** Titled names anywhere in narration ({@code Mr. Bingley}, {@code Captain Rowe}) are characters too. */
    private void noteTitled(String text) {
        List<SpeechTags.Token> t = SpeechTags.tokens(text);
        for (int i = 0; i + 1 < t.size(); i++) {
            String title = SpeechTags.title(t.get(i).lower());
            if (title == null || !t.get(i).capital() || t.get(i).pause() || !t.get(i + 1).capital()) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(title));
            int k = i + 1;
            while (k < t.size() && words.size() < 4 && t.get(k).capital() && SpeechTags.title(t.get(k).lower()) == null
                    && !SpeechTags.isNotName(t.get(k).lower())) {
                words.add(t.get(k).word());
                if (t.get(k++).pause()) {
                    break;
                }
            }
            if (words.size() > 1) {
                note(new Mention(Mention.Kind.NAME, words, SpeechTags.titleGender(title), null));
            }
            i = k - 1;
        }
    }

    /** A sentence about one character, and the gender its pronouns show. */
    private record Vote(Mention subject, String sentence, Gender gender) {
    }

    /**
     * Gender from pronouns: a sentence about one character with "his"/"himself" or "herself"
     * (or "her" before a word like "head" or "hand"), and a next sentence that opens with "He"
     * or "She". A name the tags never gave becomes a character when its sentence shows a
     * person's pronoun ({@code Jukes wiped his face}): a place never has a face.
     */
    private List<Vote> votes(List<Scene> scenes) {
        List<Vote> votes = new ArrayList<>();
        for (Scene scene : scenes) {
            for (Scene.Paragraph p : scene.paragraphs()) {
                List<String> sentences = new ArrayList<>();
                p.pieces().stream().filter(piece -> !piece.quote()).forEach(piece -> sentences.addAll(piece.texts()));
                for (int s = 0; s < sentences.size(); s++) {
                    Mention subject = SpeechTags.subject(sentences.get(s));
                    if (subject == null || subject.kind() != Mention.Kind.NAME) {
                        continue;
                    }
                    Gender owned = possessive(sentences.get(s), true);
                    if (owned != Gender.UNKNOWN) {
                        characters.note(subject);
                    }
                    votes.add(new Vote(subject, sentences.get(s), possessive(sentences.get(s), false)));
                    if (s + 1 < sentences.size()) {
                        String next = sentences.get(s + 1);
                        votes.add(new Vote(subject, sentences.get(s), next.startsWith("He ") ? Gender.MALE
                                : next.startsWith("She ") ? Gender.FEMALE : Gender.UNKNOWN));
                    }
                }
            }
        }
        return votes;
    }

    private void count(Vote vote) {
        String who = characters.resolve(vote.subject());
        if (who != null && vote.gender() != Gender.UNKNOWN
                && new HashSet<>(characters.mentionedIn(vote.sentence())).size() <= 1) {
            characters.vote(who, vote.gender());
        }
    }

    private static final Set<String> OWNED = Set.of("head", "hand", "hands", "eyes", "face", "hair", "lips", "arm",
            "arms", "voice", "shoulders", "shoulder", "handkerchief", "seat", "way", "heart", "mind", "dress", "bonnet",
            "gown", "cheek", "cheeks", "mouth", "foot", "feet", "back", "knees", "brow", "forehead", "fingers", "lamp", "pipe", "hat", "coat", "cap", "chair", "book", "letter", "letters", "paper",
            "glass", "work", "teeth", "lip", "breath", "legs", "leg", "neck", "chin", "ears", "nose", "pocket", "pockets");

    /** The gender the sentence's pronouns show; {@code owned}: only "his hand", "her head" and reflexives. */
    private static Gender possessive(String sentence, boolean owned) {
        List<String> words = Arrays.stream(sentence.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")).toList();
        boolean male = words.contains("himself") || !owned && words.contains("his");
        boolean female = words.contains("herself");
        for (int i = 0; i + 1 < words.size(); i++) {
            male |= words.get(i).equals("his") && OWNED.contains(words.get(i + 1));
            female |= words.get(i).equals("her") && OWNED.contains(words.get(i + 1));
        }
        return male == female ? Gender.UNKNOWN : male ? Gender.MALE : Gender.FEMALE;
    }

    // ---- pass 2: who says each quotation -------------------------------------------------

    /** What is known of one quotation while a scene is read. */
    private static final class Quote {
        final Scene.Piece piece;
        final int paragraph;
        String speaker;
        Attribution how;

        Quote(Scene.Piece piece, int paragraph) {
            this.piece = piece;
            this.paragraph = paragraph;
        }
    }

    private ChapterPlan attribute(ChapterPlan chapter, List<Scene> scenes) {
        List<Segment> segments = new ArrayList<>(chapter.segments());
        for (Scene scene : scenes) {
            List<List<Quote>> quotes = readScene(scene);
            continued(scene, quotes);
            turns(quotes);
            for (List<Quote> paragraph : quotes) {
                for (Quote q : paragraph) {
                    lines.add(new Line(chapter.number(), q.piece.first(), q.piece.last(), q.speaker, q.how));
                    for (int i = q.piece.first(); i <= q.piece.last(); i++) {
                        segments.set(i, segments.get(i).withSpeaker(q.speaker));
                    }
                }
            }
        }
        return new ChapterPlan(chapter.number(), chapter.title(), segments);
    }

    /** Tags, pronouns, the narration's subject and the paragraph rule, in reading order. */
    private List<List<Quote>> readScene(Scene scene) {
        List<String> recent = new ArrayList<>();
        List<Integer> recentParagraph = new ArrayList<>();
        List<List<Quote>> all = new ArrayList<>();
        for (int p = 0; p < scene.paragraphs().size(); p++) {
            Scene.Paragraph paragraph = scene.paragraphs().get(p);
            List<Quote> quotes = new ArrayList<>();
            String previousTurn = p > 0 && !all.get(p - 1).isEmpty() ? lastSpeaker(all.get(p - 1)) : null;
            for (int k = 0; k < paragraph.pieces().size(); k++) {
                Scene.Piece piece = paragraph.pieces().get(k);
                if (!piece.quote()) {
                    for (String name : characters.mentionedIn(String.join(" ", piece.texts()))) {
                        recent.add(name);
                        recentParagraph.add(p);
                    }
                    continue;
                }
                Quote q = new Quote(piece, p);
                Mention tag = tag(paragraph, k);
                if (tag != null) {
                    boolean newTurn = paragraph.opensWithQuote() && !tag.continues();
                    q.speaker = tag.kind() == Mention.Kind.PRONOUN
                            ? pronoun(tag.gender(), recent, recentParagraph, p, newTurn ? previousTurn : null)
                            : tag.kind() == Mention.Kind.SELF ? "I" : characters.resolve(tag);
                    q.how = q.speaker == null ? null : switch (tag.kind()) {
                        case NAME, SELF -> Attribution.NAMED;
                        case DESCRIPTION -> Attribution.DESCRIBED;
                        case PRONOUN -> Attribution.PRONOUN;
                    };
                }
                if (q.speaker != null) {
                    recent.add(q.speaker);
                    recentParagraph.add(p);
                }
                quotes.add(q);
            }
            if (quotes.stream().allMatch(q -> q.speaker == null)) {
                action(paragraph, quotes);
            }
            sameParagraph(quotes);
            all.add(quotes);
        }
        return all;
    }

    /** The speech tag of the quotation at {@code k}: in the narration after it, else before it. */
    private static Mention tag(Scene.Paragraph paragraph, int k) {
        List<Scene.Piece> pieces = paragraph.pieces();
        Mention m = k + 1 < pieces.size() ? SpeechTags.after(pieces.get(k + 1).firstText()) : null;
        if (m == null && k > 0) {
            m = SpeechTags.before(pieces.get(k - 1).lastText());
        }
        return m;
    }

    /**
     * The character a pronoun stands for: the last one named of its gender within reach, unless
     * someone of unknown gender was named in this paragraph or the one before, after them.
     */
    private String pronoun(Gender gender, List<String> recent, List<Integer> paragraphOf, int p, String excluded) {
        int oldest = Math.max(0, recent.size() - PRONOUN_MENTIONS);
        for (int i = recent.size() - 1; i >= oldest && paragraphOf.get(i) >= p - PRONOUN_REACH; i--) {
            String name = recent.get(i);
            if (name.equals(excluded) || name.equals("I")) {
                continue;
            }
            Gender g = characters.gender(name);
            if (g == gender) {
                return name;
            }
            if (g == Gender.UNKNOWN && paragraphOf.get(i) >= p - 1) {
                return null;
            }
        }
        return null;
    }

    /** No tag in the paragraph: the character its narration beside a quotation is about. */
    private void action(Scene.Paragraph paragraph, List<Quote> quotes) {
        List<Scene.Piece> pieces = paragraph.pieces();
        int q = 0;
        for (int k = 0; k < pieces.size(); k++) {
            if (!pieces.get(k).quote()) {
                continue;
            }
            Quote quote = quotes.get(q++);
            Mention subject = k > 0 ? lastSubject(pieces.get(k - 1)) : null;
            if (subject == null && k + 1 < pieces.size()) {
                subject = SpeechTags.subject(pieces.get(k + 1).firstText());
            }
            if (subject != null && (subject.kind() == Mention.Kind.NAME || subject.kind() == Mention.Kind.DESCRIPTION)) {
                quote.speaker = characters.resolve(subject);
                quote.how = quote.speaker == null ? null : Attribution.ACTION;
            }
        }
    }

    private static Mention lastSubject(Scene.Piece narration) {
        return SpeechTags.subject(narration.lastText());
    }

    /**
     * A paragraph is one speaker's turn: its unattributed quotations take the nearest attributed
     * one's, the one before when it is as near as the one after. Linear in the quotations.
     */
    private static void sameParagraph(List<Quote> quotes) {
        int n = quotes.size();
        int[] before = new int[n];
        int[] after = new int[n];
        int last = -1;
        for (int i = 0; i < n; i++) {
            before[i] = last;
            if (quotes.get(i).how != null) {
                last = i;
            }
        }
        last = -1;
        for (int i = n - 1; i >= 0; i--) {
            after[i] = last;
            if (quotes.get(i).how != null) {
                last = i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (quotes.get(i).speaker != null) {
                continue;
            }
            int source = before[i] >= 0 && (after[i] < 0 || i - before[i] <= after[i] - i) ? before[i] : after[i];
            if (source >= 0) {
                quotes.get(i).speaker = quotes.get(source).speaker;
                quotes.get(i).how = Attribution.PARAGRAPH;
            }
        }
    }

    /** A speech left open at a paragraph's end goes on in the next paragraph's first quotation. */
    private static void continued(Scene scene, List<List<Quote>> quotes) {
        for (int pass = 0; pass < 2; pass++) {
            for (int p = 0; p + 1 < quotes.size(); p++) {
                List<Scene.Piece> pieces = scene.paragraphs().get(p).pieces();
                if (quotes.get(p).isEmpty() || quotes.get(p + 1).isEmpty() || !pieces.get(pieces.size() - 1).quote()
                        || !pieces.get(pieces.size() - 1).leftOpen() || !scene.paragraphs().get(p + 1).opensWithQuote()) {
                    continue;
                }
                Quote open = quotes.get(p).get(quotes.get(p).size() - 1);
                Quote next = quotes.get(p + 1).get(0);
                if (open.speaker != null && next.speaker == null) {
                    fillParagraph(quotes.get(p + 1), open.speaker, Attribution.CONTINUED);
                } else if (open.speaker == null && next.speaker != null) {
                    fillParagraph(quotes.get(p), next.speaker, Attribution.CONTINUED);
                }
            }
        }
    }

    /**
     * Turn-taking. A run is a row of paragraphs that hold quotations; where exactly two characters
     * speak in it, an unattributed paragraph is spoken by whoever spoke two paragraphs before it,
     * when the paragraph between was the other's, and likewise from two paragraphs after it.
     */
    private static void turns(List<List<Quote>> quotes) {
        int start = 0;
        while (start < quotes.size()) {
            int end = start;
            while (end < quotes.size() && !quotes.get(end).isEmpty()) {
                end++;
            }
            if (end - start >= 3) {
                alternate(quotes.subList(start, end));
            }
            start = end + 1;
        }
    }

    private static void alternate(List<List<Quote>> run) {
        Set<String> speakers = new HashSet<>();
        run.forEach(p -> p.forEach(q -> {
            if (q.speaker != null) {
                speakers.add(q.speaker);
            }
        }));
        if (speakers.size() != 2) {
            return;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int p = 0; p < run.size(); p++) {
                if (speaker(run, p) != null) {
                    continue;
                }
                String two = speaker(run, p - 2);
                String one = speaker(run, p - 1);
                String later = speaker(run, p + 2);
                String next = speaker(run, p + 1);
                String by = two != null && one != null && !two.equals(one) ? two
                        : later != null && next != null && !later.equals(next) ? later : null;
                if (by != null) {
                    fillParagraph(run.get(p), by, Attribution.TURN);
                    changed = true;
                }
            }
        }
    }

    /** The speaker of a paragraph when all its attributed quotations agree, else null. */
    private static String speaker(List<List<Quote>> run, int p) {
        if (p < 0 || p >= run.size()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        boolean unknown = false;
        for (Quote q : run.get(p)) {
            if (q.speaker == null) {
                unknown = true;
            } else {
                names.add(q.speaker);
            }
        }
        return names.size() == 1 && !unknown ? names.iterator().next() : null;
    }

    private static void fillParagraph(List<Quote> paragraph, String speaker, Attribution how) {
        for (Quote q : paragraph) {
            if (q.speaker == null) {
                q.speaker = speaker;
                q.how = how;
            }
        }
    }

    private static String lastSpeaker(List<Quote> paragraph) {
        return paragraph.get(paragraph.size() - 1).speaker;
    }
}
