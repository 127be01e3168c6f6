package audiobook.text;

import java.math.BigInteger;

/**
 * Numbers with what goes with them, read before plain {@link Numbers}, one kind of token at a
 * time, each kind seeing what the kinds before it left: telephone numbers (before their dashes
 * look like ranges), ranges (whose dash becomes "to" and whose currency moves to the end), dates,
 * clock times, money, measures, fractions and letter–digit serials. FreeTTS reads "12/25/2023"
 * as "twelve slash twenty five slash..." (DSP-NOTES §6), and writing all numbers out here makes
 * the spoken text shown in captions and in {@code audiobook plan} exactly what is heard.
 */
final class Quantities {

    private Quantities() {
    }

    static String read(String text) {
        String s = Telephones.read(text);
        s = Ranges.read(s);
        s = Dates.read(s);
        s = Times.read(s);
        s = Money.read(s);
        s = Measures.read(s);
        s = Fractions.read(s);
        return Serials.read(s);
    }

    /** A whole number (commas allowed) with an optional decimal part, in words. */
    static String number(String whole, String fraction) {
        String digits = whole.replace(",", "");
        if (fraction != null) {
            return NumberWords.decimal(digits, fraction);
        }
        return digits.length() > 21 ? NumberWords.digits(digits) : NumberWords.cardinal(new BigInteger(digits));
    }

    /** Ends at the end of the text (after closing quotes), where a full stop taken with a token is given back. */
    static final String END = "(?=([\"')\\]]*\\s*$)?)";
}
