package audiobook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ClockTimeTest {

    private final ClockTime clock = new ClockTime();

    @Test
    void readsSecondsMinutesAndHours() {
        assertEquals(90_000, clock.convert("90"));
        assertEquals(90_000, clock.convert("1:30"));
        assertEquals(90_500, clock.convert("1:30.5"));
        assertEquals(3_727_000, clock.convert("1:02:07"));
        assertEquals(0, clock.convert("0:00"));
    }

    @Test
    void rejectsWhatIsNotATime() {
        for (String bad : new String[] {"", "1:75", "1:60:00", "-1", "a:b", "1:2:3:4", "1.5.2"}) {
            assertThrows(TypeConversionException.class, () -> clock.convert(bad), bad);
        }
    }
}
