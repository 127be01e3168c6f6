package audiobook.plan;

/** A character's gender as the text shows it (titles, pronouns); unknown until it does. */
public enum Gender {
    MALE, FEMALE, UNKNOWN
}
