package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import audiobook.plan.CastSummary;
import audiobook.plan.Gender;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CastPrinterTest {

    private static String casting(CastSummary.Member... members) {
        StringWriter text = new StringWriter();
        CastPrinter.printCasting(new PrintWriter(text, true), new CastSummary(List.of(members), 0, List.of()));
        return text.toString().strip();
    }

    @Test
    void theBuildNamesTheCharactersGivenVoicesButNotTheFirstPersonNarrator() {
        assertEquals("Casting: Jukes young-man", casting(new CastSummary.Member("I", Gender.UNKNOWN, 3, Map.of(), "narrator"),
                new CastSummary.Member("Jukes", Gender.MALE, 5, Map.of(), "young-man"),
                new CastSummary.Member("Rout", Gender.MALE, 1, Map.of(), null)));
        assertEquals("", casting(new CastSummary.Member("I", Gender.UNKNOWN, 3, Map.of(), "narrator")));
    }
}
