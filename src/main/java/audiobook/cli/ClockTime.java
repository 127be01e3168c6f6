package audiobook.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a time on the command line as milliseconds: "90", "1:30", "1:30.5" or "1:02:07". */
final class ClockTime implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        String[] parts = value.strip().split(":", -1);
        if (parts.length > 3 || !value.strip().matches("[0-9:.]+")) {
            throw invalid(value);
        }
        try {
            double seconds = Double.parseDouble(parts[parts.length - 1]);
            long minutes = parts.length >= 2 ? Long.parseLong(parts[parts.length - 2]) : 0;
            long hours = parts.length == 3 ? Long.parseLong(parts[0]) : 0;
            if (parts.length >= 2 && seconds >= 60 || parts.length == 3 && minutes >= 60) {
                throw invalid(value);
            }
            return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a time; write MM:SS, e.g. 2:30");
    }
}
