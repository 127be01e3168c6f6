package audiobook.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads speech tags, the narration around a quotation that says who speaks: after it
 * ({@code said Jukes}, {@code Jukes said}, {@code the captain shouted}, {@code asked Mr. Rout},
 * {@code he said}), before it ({@code Jukes turned and said:}), or the subject of the narration
 * beside it ({@code Jukes looked up.}). Only the words of the tag are read, never the quotation.
 */
final class SpeechTags {

    static final Set<String> VERBS = Set.of("said", "says", "asked", "asks", "cried", "cries", "shouted", "shouts",
            "whispered", "whispers", "replied", "replies", "answered", "answers", "yelled", "yells", "muttered",
            "murmured", "exclaimed", "added", "continued", "began", "repeated", "screamed", "roared", "sighed",
            "insisted", "demanded", "pleaded", "begged", "admitted", "agreed", "protested", "snapped", "growled",
            "laughed", "sobbed", "gasped", "hissed", "breathed", "whimpered", "observed", "remarked", "suggested",
            "explained", "declared", "announced", "retorted", "interrupted", "warned", "called", "shrieked",
            "stammered", "mumbled", "grumbled", "responded", "inquired", "enquired", "returned", "rejoined",
            "resumed", "urged", "persisted", "ventured", "faltered", "grunted", "bellowed", "howled", "panted",
            "sneered", "drawled", "chuckled", "groaned", "moaned", "corrected", "conceded", "concluded", "bawled",
            "spluttered", "stuttered", "hollered", "thundered", "barked", "croaked", "wailed", "told", "thought",
            "wondered", "reflected", "confessed", "commanded", "ordered", "cautioned", "objected", "assented",
            "mused", "sang", "screeched", "grinned", "smiled", "nodded");
    static final Set<String> CONTINUING = Set.of("added", "continued", "resumed", "repeated", "persisted",
            "concluded", "went");

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("mr", "Mr."), Map.entry("mister", "Mr."), Map.entry("mrs", "Mrs."), Map.entry("missus", "Mrs."),
            Map.entry("miss", "Miss"), Map.entry("ms", "Ms."), Map.entry("sir", "Sir"), Map.entry("lady", "Lady"),
            Map.entry("lord", "Lord"), Map.entry("madam", "Madam"), Map.entry("madame", "Madame"),
            Map.entry("mme", "Madame"), Map.entry("monsieur", "Monsieur"), Map.entry("mademoiselle", "Mademoiselle"),
            Map.entry("uncle", "Uncle"), Map.entry("aunt", "Aunt"), Map.entry("king", "King"),
            Map.entry("queen", "Queen"), Map.entry("prince", "Prince"), Map.entry("princess", "Princess"),
            Map.entry("captain", "Captain"), Map.entry("capt", "Captain"), Map.entry("doctor", "Doctor"),
            Map.entry("dr", "Doctor"), Map.entry("professor", "Professor"), Map.entry("prof", "Professor"),
            Map.entry("colonel", "Colonel"), Map.entry("col", "Colonel"), Map.entry("major", "Major"),
            Map.entry("general", "General"), Map.entry("gen", "General"), Map.entry("lieutenant", "Lieutenant"),
            Map.entry("lieut", "Lieutenant"), Map.entry("lt", "Lieutenant"), Map.entry("sergeant", "Sergeant"),
            Map.entry("sgt", "Sergeant"), Map.entry("inspector", "Inspector"), Map.entry("reverend", "Reverend"),
            Map.entry("rev", "Reverend"), Map.entry("judge", "Judge"), Map.entry("father", "Father"),
            Map.entry("mother", "Mother"), Map.entry("brother", "Brother"), Map.entry("sister", "Sister"));
    static final Set<String> MALE_TITLES = Set.of("Mr.", "Sir", "Lord", "Monsieur", "Uncle", "King", "Prince",
            "Father", "Brother");
    static final Set<String> FEMALE_TITLES = Set.of("Mrs.", "Miss", "Ms.", "Lady", "Madam", "Madame",
            "Mademoiselle", "Aunt", "Queen", "Princess", "Mother", "Sister");

    /** Nouns that stand for a person, with the gender they say (UNKNOWN: either). */
    static final Map<String, Gender> PERSONS = Map.ofEntries(
            Map.entry("man", Gender.MALE), Map.entry("woman", Gender.FEMALE), Map.entry("boy", Gender.MALE),
            Map.entry("girl", Gender.FEMALE), Map.entry("lady", Gender.FEMALE), Map.entry("gentleman", Gender.MALE),
            Map.entry("lad", Gender.MALE), Map.entry("lass", Gender.FEMALE), Map.entry("fellow", Gender.MALE),
            Map.entry("husband", Gender.MALE), Map.entry("wife", Gender.FEMALE), Map.entry("father", Gender.MALE),
            Map.entry("mother", Gender.FEMALE), Map.entry("son", Gender.MALE), Map.entry("daughter", Gender.FEMALE),
            Map.entry("brother", Gender.MALE), Map.entry("sister", Gender.FEMALE), Map.entry("uncle", Gender.MALE),
            Map.entry("aunt", Gender.FEMALE), Map.entry("king", Gender.MALE), Map.entry("queen", Gender.FEMALE),
            Map.entry("prince", Gender.MALE), Map.entry("princess", Gender.FEMALE), Map.entry("maid", Gender.FEMALE),
            Map.entry("landlord", Gender.MALE), Map.entry("landlady", Gender.FEMALE), Map.entry("child", Gender.UNKNOWN),
            Map.entry("captain", Gender.UNKNOWN), Map.entry("mate", Gender.UNKNOWN), Map.entry("skipper", Gender.UNKNOWN),
            Map.entry("engineer", Gender.UNKNOWN), Map.entry("stranger", Gender.UNKNOWN),
            Map.entry("doctor", Gender.UNKNOWN), Map.entry("sailor", Gender.UNKNOWN), Map.entry("officer", Gender.UNKNOWN),
            Map.entry("steward", Gender.UNKNOWN), Map.entry("cook", Gender.UNKNOWN), Map.entry("servant", Gender.UNKNOWN),
            Map.entry("boatswain", Gender.UNKNOWN), Map.entry("helmsman", Gender.MALE), Map.entry("driver", Gender.UNKNOWN),
            Map.entry("clerk", Gender.UNKNOWN), Map.entry("soldier", Gender.UNKNOWN), Map.entry("guard", Gender.UNKNOWN),
            Map.entry("hatter", Gender.UNKNOWN), Map.entry("rabbit", Gender.UNKNOWN), Map.entry("mouse", Gender.UNKNOWN),
            Map.entry("caterpillar", Gender.UNKNOWN), Map.entry("duchess", Gender.FEMALE), Map.entry("dodo", Gender.UNKNOWN),
            Map.entry("professor", Gender.UNKNOWN), Map.entry("colonel", Gender.UNKNOWN), Map.entry("farmer", Gender.UNKNOWN),
            Map.entry("widow", Gender.FEMALE), Map.entry("nurse", Gender.UNKNOWN),
            Map.entry("baby", Gender.UNKNOWN), Map.entry("kid", Gender.UNKNOWN), Map.entry("youth", Gender.MALE),
            Map.entry("chief", Gender.UNKNOWN), Map.entry("pilot", Gender.UNKNOWN), Map.entry("squire", Gender.MALE));
    static final Set<String> CHILDREN = Set.of("child", "boy", "girl", "kid", "baby", "lad", "lass");

    /** Capitalised words that open sentences but name nobody. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "then", "but", "and", "or", "so", "now",
            "still", "yet", "here", "there", "this", "that", "these", "those", "when", "while", "as", "at", "in",
            "on", "of", "it", "its", "his", "her", "their", "our", "my", "your", "no", "not", "yes", "oh", "o", "ah",
            "well", "what", "why", "how", "who", "where", "if", "for", "with", "after", "before", "once", "just",
            "only", "even", "never", "again", "suddenly", "presently", "perhaps", "indeed", "god", "heaven", "good",
            "very", "all", "some", "every", "each", "one", "two", "to", "from", "by", "he", "she", "i", "they", "we",
            "you", "me", "him", "them", "us", "nobody", "somebody", "someone", "everyone", "everybody", "nothing",
            "something", "is", "was", "do", "did", "had", "have", "let", "say", "said", "however", "meanwhile",
            "instead", "also", "both", "either", "neither", "whatever", "such", "upon", "into", "over", "under",
            "without", "within", "about", "since", "until", "though", "although", "because", "unless", "whether",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "chapter");
    /** Words that may stand between a subject and its verb: "Jukes then said", "she said quietly". */
    private static final Set<String> BETWEEN = Set.of("then", "now", "also", "again", "at", "last", "once", "still",
            "only", "presently", "suddenly", "softly", "quietly", "slowly");
    private static final Set<String> OPENERS = Set.of("then", "but", "and", "so", "now", "at", "last", "presently",
            "suddenly", "here", "there", "still", "yet", "after", "a", "while", "moment", "little", "instantly");
    private static final Set<String> DETERMINERS = Set.of("the", "his", "her", "my", "their", "our", "your", "its");
    private static final Set<String> NOBODY = Set.of("a", "an", "another", "someone", "somebody", "one", "nobody",
            "everybody", "everyone", "some", "several", "many", "both", "all", "voice", "voices", "they", "we", "you",
            "it");
    /** A description stops at these: "the captain to Jukes", "the old man who". */
    private static final Set<String> DESCRIPTION_STOPS = Set.of("to", "with", "and", "who", "as", "at", "in", "from",
            "of", "on", "that", "which", "but", "then", "again", "for", "into", "by", "without");
    private static final int MAX_DESCRIPTION = 4;

    /** Titles that give a rank, not a gender, and that "the captain" may stand for. */
    static final Set<String> RANKS = Set.of("Captain", "Doctor", "Professor", "Colonel", "Major", "General",
            "Lieutenant", "Sergeant", "Inspector", "Reverend", "Judge");

    private SpeechTags() {
    }

    /** The title a word is ({@code mr} → {@code Mr.}, {@code capt} → {@code Captain}), or null. */
    static String title(String lowerWord) {
        return TITLES.get(lowerWord);
    }

    static boolean isNotName(String lowerWord) {
        return NOT_NAMES.contains(lowerWord);
    }

    static Gender titleGender(String title) {
        return MALE_TITLES.contains(title) ? Gender.MALE : FEMALE_TITLES.contains(title) ? Gender.FEMALE
                : Gender.UNKNOWN;
    }

    /** A word of narration: cleaned of quotes and punctuation, with what stood after it. */
    record Token(String word, String lower, boolean capital, boolean pause, boolean stop) {

        boolean isVerb() {
            return VERBS.contains(lower());
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "capt", "col", "gen", "lieut",
            "lt", "sgt", "rev", "prof", "mme", "st");

    /** Without regular expressions: a book's narration is read several times over. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int[] spans = audiobook.text.Words.spans(text);
        for (int k = 0; k < spans.length; k += 2) {
            int from = spans[k];
            int to = spans[k + 1];
            while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
                from++;
            }
            int end = to;
            while (end > from && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (from == end) {
                continue;
            }
            String word = text.substring(from, end);
            if (word.length() > 2 && word.charAt(word.length() - 1) == 's'
                    && (word.charAt(word.length() - 2) == '\u2019' || word.charAt(word.length() - 2) == '\'')) {
                word = word.substring(0, word.length() - 2);   // Jukes's hand: about Jukes
            }
            String tail = text.substring(end, to);
            if (tail.startsWith(".") && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                tail = tail.substring(1);
            }
            boolean stop = false;
            boolean pause = false;
            for (int i = 0; i < tail.length(); i++) {
                char c = tail.charAt(i);
                stop |= c == '.' || c == '!' || c == '?' || c == '\u2026';
                pause |= ",;:\u2014\u2013()-".indexOf(c) >= 0;
            }
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), Character.isUpperCase(word.charAt(0)),
                    pause || stop, stop));
        }
        return tokens;
    }

    /** The tag in the narration just after a quotation: {@code said Jukes}, {@code Jukes said}, {@code he said}. */
    static Mention after(String narration) {
        List<Token> t = firstSentence(tokens(narration));
        if (t.isEmpty()) {
            return null;
        }
        if (isVerb(t, 0)) {
            String verb = verb(t, 0);
            return t.size() > 1 && !t.get(0).pause() ? forward(t, 1, verb) : null;
        }
        int[] end = new int[1];
        Mention subject = forward(t, 0, null, end);
        if (subject == null) {
            return null;
        }
        int v = end[0];
        while (v < t.size() && !t.get(v - 1).pause() && BETWEEN.contains(t.get(v).lower())) {
            v++;
        }
        if (v < t.size() && !t.get(v - 1).pause() && isVerb(t, v)) {
            return with(subject, verb(t, v));
        }
        return null;
    }

    /** The tag in the narration just before a quotation, ending with a comma or colon: {@code Jukes said:}. */
    static Mention before(String narration) {
        List<Token> t = lastSentence(tokens(narration));
        if (t.isEmpty() || !t.get(t.size() - 1).pause()) {
            return null;
        }
        for (int v = t.size() - 1; v >= Math.max(0, t.size() - 6); v--) {
            if (!isVerb(t, v)) {
                continue;
            }
            String verb = verb(t, v);
            if (v + 1 < t.size() && !t.get(v).pause()) {
                Mention inverted = forward(t, v + 1, verb);
                if (inverted != null) {
                    return inverted;
                }
            }
            Mention subject = backward(t, v);
            return subject == null ? null : with(subject, verb);
        }
        return null;
    }

    /** The subject of a narration sentence: {@code Jukes looked up}, {@code The captain turned}. */
    static Mention subject(String sentence) {
        List<Token> t = tokens(sentence);
        int start = 0;
        while (start < t.size() && !t.get(start).pause() && OPENERS.contains(t.get(start).lower())) {
            start++;
        }
        int[] end = new int[1];
        Mention subject = forward(t, start, null, end);
        if (subject == null || end[0] >= t.size() || t.get(end[0] - 1).pause() || t.get(end[0]).capital()) {
            return null;
        }
        return subject;
    }

    private static Mention forward(List<Token> t, int k, String verb) {
        return forward(t, k, verb, new int[1]);
    }

    /** The noun phrase starting at {@code k}; {@code end[0]} is set to the token after it. */
    private static Mention forward(List<Token> t, int k, String verb, int[] end) {
        if (k >= t.size()) {
            return null;
        }
        Token first = t.get(k);
        String lower = first.lower();
        end[0] = k + 1;
        switch (lower) {
            case "he", "him" -> {
                return new Mention(Mention.Kind.PRONOUN, List.of("he"), Gender.MALE, verb);
            }
            case "she" -> {
                return new Mention(Mention.Kind.PRONOUN, List.of("she"), Gender.FEMALE, verb);
            }
            case "i" -> {
                return new Mention(Mention.Kind.SELF, List.of("I"), Gender.UNKNOWN, verb);
            }
            default -> {
            }
        }
        if (NOBODY.contains(lower)) {
            return null;
        }
        if (DETERMINERS.contains(lower)) {
            List<String> words = new ArrayList<>(List.of(lower));
            int i = k + 1;
            // Capitals too: Carroll's "the Mouse", "the Queen" are characters by description.
            while (i < t.size() && words.size() <= MAX_DESCRIPTION
                    && (!t.get(i).capital() || PERSONS.containsKey(t.get(i).lower()))
                    && !DESCRIPTION_STOPS.contains(t.get(i).lower()) && !t.get(i).isVerb()
                    && !t.get(i).lower().endsWith("ly")) {
                words.add(t.get(i).capital() ? t.get(i).word() : t.get(i).lower());
                boolean head = PERSONS.containsKey(t.get(i).lower())
                        && (i + 1 >= t.size() || !PERSONS.containsKey(t.get(i + 1).lower()));
                if (t.get(i++).pause() || head) {
                    break;
                }
            }
            end[0] = i;
            Gender gender = PERSONS.get(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
            return words.size() >= 2 && gender != null
                    ? new Mention(Mention.Kind.DESCRIPTION, words, gender, verb) : null;
        }
        return name(t, k, verb, end);
    }

    /** Capitalised words, with a title before them: {@code Mr. Rout}, {@code Captain MacWhirr}, {@code Jukes}. */
    private static Mention name(List<Token> t, int k, String verb, int[] end) {
        List<String> words = new ArrayList<>();
        Gender gender = Gender.UNKNOWN;
        int i = k;
        while (i < t.size() && t.get(i).capital() && words.size() < 4) {
            String title = TITLES.get(t.get(i).lower());
            if (title != null && words.isEmpty() && i + 1 < t.size() && t.get(i + 1).capital() && !t.get(i).pause()) {
                words.add(title);
                gender = MALE_TITLES.contains(title) ? Gender.MALE : FEMALE_TITLES.contains(title) ? Gender.FEMALE
                        : gender;
            } else if (NOT_NAMES.contains(t.get(i).lower()) || title != null && words.isEmpty()) {
                break;
            } else {
                words.add(t.get(i).word());
            }
            if (t.get(i++).pause()) {
                break;
            }
        }
        end[0] = i;
        boolean named = words.stream().anyMatch(w -> !TITLES.containsValue(w));
        return named ? new Mention(Mention.Kind.NAME, words, gender, verb) : null;
    }

    /** The subject ending just before the verb at {@code v}: {@code Jukes said}, {@code the captain and said}. */
    private static Mention backward(List<Token> t, int v) {
        int j = v - 1;
        while (j >= 0 && !t.get(j).pause() && (BETWEEN.contains(t.get(j).lower()) || t.get(j).lower().endsWith("ly"))) {
            j--;
        }
        if (j < 0 || t.get(j).pause()) {
            return null;
        }
        String lower = t.get(j).lower();
        if (lower.equals("and") || lower.equals("then")) {
            return subject(join(t.subList(0, j)));
        }
        int start = j;
        while (start > 0 && !t.get(start - 1).pause() && start > j - MAX_DESCRIPTION
                && (t.get(start - 1).capital() == t.get(j).capital() || DETERMINERS.contains(t.get(start - 1).lower()))
                && !t.get(start - 1).isVerb()) {
            start--;
            if (DETERMINERS.contains(t.get(start).lower())) {
                break;
            }
        }
        for (int s = start; s <= j; s++) {
            int[] end = new int[1];
            Mention m = forward(t, s, null, end);
            if (m != null && end[0] == j + 1) {
                return m;
            }
        }
        return null;
    }

    private static String join(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            text.append(token.word()).append(token.stop() ? ". " : token.pause() ? ", " : " ");
        }
        return text.toString();
    }

    /** A speech verb, or {@code went on}. */
    private static boolean isVerb(List<Token> t, int v) {
        return t.get(v).isVerb() || t.get(v).lower().equals("went") && v + 1 < t.size()
                && t.get(v + 1).lower().equals("on");
    }

    private static String verb(List<Token> t, int v) {
        String verb = t.get(v).lower();
        return verb;
    }

    private static Mention with(Mention m, String verb) {
        return new Mention(m.kind(), m.words(), m.gender(), verb);
    }

    private static List<Token> firstSentence(List<Token> t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).stop()) {
                return t.subList(0, i + 1);
            }
        }
        return t;
    }

    private static List<Token> lastSentence(List<Token> t) {
        for (int i = t.size() - 2; i >= 0; i--) {
            if (t.get(i).stop()) {
                return t.subList(i + 1, t.size());
            }
        }
        return t;
    }
}
