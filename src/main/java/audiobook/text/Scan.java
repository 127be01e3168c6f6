package audiobook.text;

/**
 * Cheap tests a kind of token makes before its patterns run: a novel has tens of thousands of
 * sentences, most with nothing of that kind in them, and a character scan costs far less than a
 * pattern with many alternatives tried at every position.
 */
final class Scan {

    private Scan() {
    }

    static boolean hasAnyChar(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAny(String text, String... needles) {
        for (String n : needles) {
            if (text.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** A digit followed (after at most one space) by one of the characters. */
    static boolean digitThen(String text, String chars) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                char next = text.charAt(i + 1);
                if (chars.indexOf(next) >= 0 || next == ' ' && i + 2 < text.length() && chars.indexOf(text.charAt(i + 2)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
