package audiobook.plan;

import java.util.Locale;

/** How the speaker of a quotation was found, from the strongest evidence to the weakest. */
public enum Attribution {
    /** A name beside the quotation: {@code “Go,” said Jukes} or {@code Jukes said, “Go.”} */
    NAMED,
    /** A description beside it that stands for one character: {@code the captain shouted}. */
    DESCRIBED,
    /** {@code he said}, resolved to the character of that gender last named in the scene. */
    PRONOUN,
    /** The character the narration beside the quotation is about: {@code Jukes looked up. “Sir?”} */
    ACTION,
    /** Another quotation of the same paragraph is attributed (a paragraph is one speaker's turn). */
    PARAGRAPH,
    /** A speech running over paragraphs: the previous paragraph's quotation was left open. */
    CONTINUED,
    /** Turn-taking: in an exchange of two characters, unattributed turns alternate. */
    TURN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
