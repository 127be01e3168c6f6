package audiobook.plan;

import java.util.List;

/**
 * A character a cast file names: the name to show, the other ways the text calls them
 * ({@code MacWhirr = Captain MacWhirr = the captain}) and their gender if the file says it.
 */
public record Person(String name, List<String> aliases, Gender gender) {

    public Person {
        aliases = List.copyOf(aliases);
        gender = gender == null ? Gender.UNKNOWN : gender;
    }
}
