package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuildSummaryTest {

    @Test
    void aRangeIsOneFigureWhenBothEndsPrintAlike() {
        assertEquals("-20.9", BuildSummary.span(-20.94, -20.86));
        assertEquals("-20.9 to -20.5", BuildSummary.span(-20.9, -20.5));
        assertEquals("-18.0", BuildSummary.span(-18.0, -18.0));
    }
}
