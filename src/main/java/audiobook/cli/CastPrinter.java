package audiobook.cli;

import audiobook.plan.Attribution;
import audiobook.plan.CastSummary;
import audiobook.plan.Gender;
import audiobook.plan.Line;
import audiobook.plan.Segment;
import audiobook.plan.VoiceRole;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Who speaks, as {@code plan} and {@code build} print it: the cast summary and each quotation's speaker. */
final class CastPrinter {

    private CastPrinter() {
    }

    /** "Cast: 3 characters say 40 of 46 quotations", then a line per character. */
    static void print(PrintWriter out, CastSummary cast) {
        if (cast.lineCount() == 0) {
            return;
        }
        int said = cast.lineCount() - cast.unattributed();
        out.printf("%nCast: %d character%s say %d of %d quotation%s (%d with no known speaker: the dialogue voice)%n",
                cast.members().size(), cast.members().size() == 1 ? "" : "s", said, cast.lineCount(),
                cast.lineCount() == 1 ? "" : "s", cast.unattributed());
        for (CastSummary.Member m : cast.members()) {
            StringJoiner how = new StringJoiner(", ");
            m.how().forEach((kind, n) -> how.add(n + " " + kind.label()));
            out.printf("  %-24s %-7s %4d line%s  voice %-12s (%s)%n", shorten(m.name(), 24), gender(m.gender()),
                    m.lines(), m.lines() == 1 ? " " : "s", m.voice() != null ? m.voice() : "dialogue", how);
        }
    }

    /**
     * The casting alone, for {@code build}: "Casting: Jukes young-man, MacWhirr older-man". A
     * first-person narrator's own lines ("I") are the narrator's voice by rule: not casting news.
     */
    static void printCasting(PrintWriter out, CastSummary cast) {
        StringJoiner casting = new StringJoiner(", ");
        cast.members().stream().filter(m -> m.voice() != null && !m.name().equals("I"))
                .forEach(m -> casting.add(m.name() + " " + m.voice()));
        if (casting.length() > 0) {
            out.println("Casting: " + casting);
        }
    }

    /** The chapter's quotations by the segments they span. */
    static Map<Integer, Line> linesOf(CastSummary cast, int chapter) {
        Map<Integer, Line> lines = new HashMap<>();
        for (Line line : cast.lines()) {
            if (line.chapter() == chapter) {
                for (int i = line.firstSegment(); i <= line.lastSegment(); i++) {
                    lines.put(i, line);
                }
            }
        }
        return lines;
    }

    /** "  speaker: Jukes (named), voice young-man" after a dialogue segment's line; nothing for narration. */
    static String speaker(Segment s, Line line) {
        if (s.role() != VoiceRole.DIALOGUE) {
            return "";
        }
        Attribution how = line == null ? null : line.how();
        return s.speaker() == null ? "  speaker: unknown, voice " + s.voice()
                : "  speaker: " + s.speaker() + (how == null ? "" : " (" + how.label() + ")") + ", voice " + s.voice();
    }

    private static String gender(Gender g) {
        return g == Gender.UNKNOWN ? "" : g.name().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
