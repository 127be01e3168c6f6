package audiobook.text;

import java.util.ArrayList;
import java.util.List;

/** Words as the no-word-lost rule counts them: runs of characters between white space. */
public final class Words {

    private Words() {
    }

    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    public static int count(String text) {
        return of(text).size();
    }
}
