package audiobook.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The characters of a book: every way the text names each one, and their gender where the text
 * shows it. Filled from the cast file's list and from the names in speech tags and titles
 * ({@code Mr. Rout}) over the whole book, then {@link #finish() finished}: a bare name joins the
 * one longer name that holds it ({@code Rout} is {@code Mr. Rout}, {@code MacWhirr} is
 * {@code Captain MacWhirr}); a name two characters could bear ({@code Bennet}, with a Mr. and
 * a Mrs. Bennet) names nobody. "The captain" is the one character with that rank, else a
 * character of its own.
 */
final class Characters {

    private static final Set<String> SIMPLE_RANKS = Set.of("captain", "doctor", "professor", "colonel", "major",
            "general", "lieutenant", "sergeant", "inspector", "reverend", "judge");

    /** Registered names (rank titles dropped) → what is known of them. */
    private final Map<String, Info> names = new LinkedHashMap<>();
    /** Lower-case forms → the character's name; null value: ambiguous. */
    private final Map<String, String> forms = new TreeMap<>();
    private final Map<String, String> given = new LinkedHashMap<>();

    private static final class Info {
        final Set<String> ranks = new java.util.TreeSet<>();
        Gender titled = Gender.UNKNOWN;
        Gender stated = Gender.UNKNOWN;
        int male;
        int female;
        String alias;
        boolean ambiguous;
    }

    Characters(List<Person> people) {
        for (Person person : people) {
            Info info = names.computeIfAbsent(person.name(), n -> new Info());
            info.stated = person.gender();
            given.put(person.name().toLowerCase(Locale.ROOT), person.name());
            for (String alias : person.aliases()) {
                given.put(normalise(alias), person.name());
            }
        }
    }

    /** Registers the name a speech tag or title gives ({@code Captain MacWhirr}). */
    void note(Mention mention) {
        if (mention.kind() == Mention.Kind.NAME) {
            List<String> words = new ArrayList<>();
            Info info = new Info();
            for (String w : mention.words()) {
                if (SpeechTags.RANKS.contains(w) && mention.words().size() > 1) {
                    info.ranks.add(w.toLowerCase(Locale.ROOT));
                } else {
                    words.add(w);
                }
            }
            if (given.containsKey(normalise(mention.text()))) {
                return;
            }
            Info known = names.computeIfAbsent(String.join(" ", words), n -> info);
            known.ranks.addAll(info.ranks);
            Gender g = mention.gender();
            if (g != Gender.UNKNOWN) {
                known.titled = g;
            }
        } else if (mention.kind() == Mention.Kind.DESCRIPTION && mention.words().get(0).equals("the")
                && !given.containsKey(normalise(mention.text()))) {
            Info info = names.computeIfAbsent(mention.text(), n -> new Info());
            if (mention.gender() != Gender.UNKNOWN) {
                info.titled = mention.gender();
            }
        }
    }

    void vote(String name, Gender gender) {
        Info info = names.get(name);
        if (info != null) {
            info.male += gender == Gender.MALE ? 1 : 0;
            info.female += gender == Gender.FEMALE ? 1 : 0;
        }
    }

    /** Joins bare names to the longer ones that hold them, and links "the captain" to the captain. */
    void finish() {
        for (Map.Entry<String, Info> e : names.entrySet()) {
            String name = e.getKey();
            List<String> words = List.of(name.split(" "));
            if (name.startsWith("the ")) {
                String rank = words.size() == 2 && SIMPLE_RANKS.contains(words.get(1).toLowerCase(Locale.ROOT))
                        ? words.get(1).toLowerCase(Locale.ROOT) : null;
                List<String> ranked = names.entrySet().stream().filter(o -> rank != null && o.getValue().ranks.contains(rank))
                        .map(Map.Entry::getKey).toList();
                if (ranked.size() == 1) {
                    e.getValue().alias = ranked.get(0);
                }
                continue;
            }
            List<String> holders = new ArrayList<>();
            for (String other : names.keySet()) {
                List<String> otherWords = List.of(other.split(" "));
                if (!other.equals(name) && !other.startsWith("the ") && otherWords.size() > words.size()
                        && otherWords.containsAll(plainWords(words)) && compatible(name, other)) {
                    holders.add(other);
                }
            }
            if (holders.size() == 1) {
                e.getValue().alias = holders.get(0);
            } else if (holders.size() > 1) {
                e.getValue().ambiguous = true;
            }
        }
        for (String name : names.keySet()) {
            forms.put(name.toLowerCase(Locale.ROOT), resolveRegistered(name));
        }
        for (Info info : names.values()) {
            for (String rank : info.ranks) {
                // "Captain MacWhirr" is a form of MacWhirr too
                names.entrySet().stream().filter(e -> e.getValue() == info).findFirst().ifPresent(e -> forms.put(
                        (rank + " " + e.getKey()).toLowerCase(Locale.ROOT), resolveRegistered(e.getKey())));
            }
        }
        forms.putAll(given);
    }

    private String resolveRegistered(String name) {
        Info info = names.get(name);
        int hops = 0;
        while (info != null && info.alias != null && hops++ < 4) {
            name = info.alias;
            info = names.get(name);
        }
        return info == null || info.ambiguous ? null : name;
    }

    /** The character a name or description of a speech tag stands for, or null: nobody known for sure. */
    String resolve(Mention mention) {
        String form = normalise(mention.text());
        if (given.containsKey(form)) {
            return given.get(form);
        }
        if (mention.kind() == Mention.Kind.DESCRIPTION && !mention.words().get(0).equals("the")) {
            return null;   // "his wife": whose?
        }
        List<String> words = new ArrayList<>();
        for (String w : mention.words()) {
            if (!(SpeechTags.RANKS.contains(w) && mention.words().size() > 1)) {
                words.add(w);
            }
        }
        String key = String.join(" ", words).toLowerCase(Locale.ROOT);
        return forms.getOrDefault(key, null);
    }

    Gender gender(String name) {
        Info info = names.get(name);
        if (info == null) {
            return Gender.UNKNOWN;
        }
        if (info.stated != Gender.UNKNOWN) {
            return info.stated;
        }
        if (info.titled != Gender.UNKNOWN) {
            return info.titled;
        }
        if (info.male >= 2 && info.male >= 3 * info.female) {
            return Gender.MALE;
        }
        if (info.female >= 2 && info.female >= 3 * info.male) {
            return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }

    /** The characters named in a stretch of narration, in order; names must be capitalised. */
    List<String> mentionedIn(String narration) {
        List<SpeechTags.Token> t = SpeechTags.tokens(narration);
        String[] keys = new String[t.size()];
        for (int i = 0; i < keys.length; i++) {
            String title = SpeechTags.title(t.get(i).lower());
            keys[i] = title != null ? title.toLowerCase(Locale.ROOT) : t.get(i).lower();
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!t.get(i).capital() && !t.get(i).lower().equals("the")) {
                continue;
            }
            StringBuilder form = new StringBuilder();
            String name = null;
            int length = 0;
            for (int n = 1; n <= 4 && i + n <= t.size(); n++) {
                form.append(n > 1 ? " " : "").append(keys[i + n - 1]);
                String match = forms.get(form.toString());
                if (match != null) {
                    name = match;
                    length = n;
                }
                if (t.get(i + n - 1).pause()) {
                    break;
                }
            }
            if (name != null) {
                found.add(name);
                i += length - 1;
            }
        }
        return found;
    }

    private static List<String> plainWords(List<String> words) {
        return words.stream().filter(w -> SpeechTags.title(w.toLowerCase(Locale.ROOT).replace(".", "")) == null).toList();
    }

    /** Mr. Bennet is not Mrs. Bennet. */
    private boolean compatible(String name, String other) {
        Gender a = names.get(name).titled;
        Gender b = names.get(other).titled;
        return a == Gender.UNKNOWN || b == Gender.UNKNOWN || a == b;
    }

    static String normalise(String form) {
        StringBuilder out = new StringBuilder();
        for (String w : form.strip().split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\u2019-]", "");
            String title = SpeechTags.title(lower);
            out.append(out.length() > 0 ? " " : "").append(title != null ? title.toLowerCase(Locale.ROOT) : lower);
        }
        return out.toString();
    }
}
