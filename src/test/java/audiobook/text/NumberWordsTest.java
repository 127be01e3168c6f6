package audiobook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|zero", "7|seven", "13|thirteen", "21|twenty-one", "100|one hundred", "105|one hundred five",
        "1000|one thousand", "1234|one thousand two hundred thirty-four",
        "1000000|one million", "2000017|two million seventeen", "-5|minus five"})
    void cardinals(long n, String words) {
        assertEquals(words, NumberWords.cardinal(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|first", "2|second", "3|third", "5|fifth", "8|eighth", "9|ninth", "12|twelfth", "20|twentieth",
        "23|twenty-third", "101|one hundred first", "1000|one thousandth"})
    void ordinals(long n, String words) {
        assertEquals(words, NumberWords.ordinal(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1897|eighteen ninety-seven", "1905|nineteen oh five", "1900|nineteen hundred", "2000|two thousand",
        "2005|two thousand five", "2010|twenty ten", "2023|twenty twenty-three", "1066|ten sixty-six",
        "1000|one thousand", "1100|eleven hundred", "999|nine hundred ninety-nine"})
    void years(int year, String words) {
        assertEquals(words, NumberWords.year(year));
    }

    @Test
    void digitsReadOneByOneWithOh() {
        assertEquals("oh oh seven", NumberWords.digits("007"));
        assertEquals("three point one four", NumberWords.decimal("3", "14"));
        assertEquals("zero point zero five", NumberWords.decimal("0", "05"));
    }

    /** Reading the words back must give the number: a parser written independently of the generator. */
    @Property(tries = 2000)
    void cardinalsReadBackToTheirNumber(@ForAll @LongRange(min = -999_999_999_999L, max = 999_999_999_999L) long n) {
        assertEquals(n, parse(NumberWords.cardinal(n)));
    }

    private static final Map<String, Long> VALUES = new HashMap<>();

    static {
        String[] small = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int i = 0; i < small.length; i++) {
            VALUES.put(small[i], (long) i);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            VALUES.put(tens[i], (i + 2) * 10L);
        }
    }

    private static long parse(String words) {
        boolean negative = words.startsWith("minus ");
        long total = 0;
        long group = 0;
        for (String w : (negative ? words.substring(6) : words).split("[ -]")) {
            switch (w) {
                case "hundred" -> group *= 100;
                case "thousand" -> { total += group * 1_000; group = 0; }
                case "million" -> { total += group * 1_000_000; group = 0; }
                case "billion" -> { total += group * 1_000_000_000; group = 0; }
                default -> group += VALUES.get(w);
            }
        }
        return negative ? -(total + group) : total + group;
    }
}
