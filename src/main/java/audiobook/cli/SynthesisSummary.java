package audiobook.cli;

import audiobook.pipeline.SynthesisReport;
import java.util.Locale;

/** The build summary's narration line: what was synthesised, what reused, and how long it took. */
final class SynthesisSummary {

    private SynthesisSummary() {
    }

    static String of(SynthesisReport r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "narration: %d segment%s synthesised, %d reused (%.2f s of synthesis); %d chapter%s rendered, %d unchanged",
                r.synthesised(), r.synthesised() == 1 ? "" : "s", r.reused(), r.synthesisSeconds(),
                r.chaptersRendered(), r.chaptersRendered() == 1 ? "" : "s", r.chaptersUnchanged()));
        if (r.corruptEntries() > 0) {
            line.append(String.format(Locale.ROOT, "; %d damaged cache entr%s synthesised again",
                    r.corruptEntries(), r.corruptEntries() == 1 ? "y" : "ies"));
        }
        return line.toString();
    }
}
