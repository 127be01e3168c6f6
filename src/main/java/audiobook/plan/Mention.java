package audiobook.plan;

import java.util.List;

/**
 * Who an attribution or a sentence's subject names, before it is resolved to a character.
 *
 * @param kind   a name ({@code Mr. Rout}), a description ({@code the old man}), a third-person
 *               pronoun or the narrator's {@code I}
 * @param words  the words as cleaned by {@link SpeechTags}, titles normalised ({@code Mr.}, {@code Captain})
 * @param gender what the words themselves say of the gender (a title, {@code he}, {@code woman})
 * @param verb   the speech verb of the attribution, lower case, or null for a sentence's subject
 */
record Mention(Kind kind, List<String> words, Gender gender, String verb) {

    enum Kind { NAME, DESCRIPTION, PRONOUN, SELF }

    Mention {
        words = List.copyOf(words);
    }

    String text() {
        return String.join(" ", words);
    }

    /** Verbs that say the speaker goes on, not that a new one answers. */
    boolean continues() {
        return verb != null && SpeechTags.CONTINUING.contains(verb);
    }
}
