package audiobook.export;

import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import java.nio.file.Path;
import java.util.List;

/** One audio file written for a chapter: which master it is, its figures and the targets it missed. */
public record ExportedFile(Path path, DeliveryProfile profile, LoudnessReport loudness, long clippedSamples,
                           List<String> failures) {

    public ExportedFile {
        failures = List.copyOf(failures);
    }

    public boolean passes() {
        return failures.isEmpty();
    }
}
