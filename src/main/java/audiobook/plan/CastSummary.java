package audiobook.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who speaks in the book: every character who says at least one quotation, with their gender as
 * the text shows it, how many quotations they say and how those were attributed, and the voice
 * the casting gave them; and how many quotations nobody could be found for.
 */
public record CastSummary(List<Member> members, int unattributed, List<Line> lines) {

    public static final CastSummary NONE = new CastSummary(List.of(), 0, List.of());

    /** One character: name, gender, quotations said, counts by attribution, voice. */
    public record Member(String name, Gender gender, int lines, Map<Attribution, Integer> how, String voice) {

        public Member {
            how = java.util.Collections.unmodifiableMap(new EnumMap<>(how.isEmpty()
                    ? new EnumMap<>(Attribution.class) : how));
        }
    }

    public CastSummary {
        members = List.copyOf(members);
        lines = List.copyOf(lines);
    }

    /**
     * The members ordered by lines said (most first), then by their first line: the order
     * {@code --cast auto} hands out voices in, so the same book always gets the same voices.
     */
    static CastSummary of(List<Line> lines, Characters characters) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, Map<Attribution, Integer>> how = new LinkedHashMap<>();
        int unattributed = 0;
        for (Line line : lines) {
            if (line.speaker() == null) {
                unattributed++;
                continue;
            }
            count.merge(line.speaker(), 1, Integer::sum);
            how.computeIfAbsent(line.speaker(), k -> new EnumMap<>(Attribution.class)).merge(line.how(), 1, Integer::sum);
        }
        List<String> order = new ArrayList<>(count.keySet());
        order.sort(Comparator.comparing((String n) -> -count.get(n)));   // stable: first line breaks ties
        List<Member> members = new ArrayList<>();
        for (String name : order) {
            members.add(new Member(name, name.equals("I") ? Gender.UNKNOWN : characters.gender(name), count.get(name),
                    how.get(name), null));
        }
        return new CastSummary(members, unattributed, lines);
    }

    CastSummary withVoices(Map<String, String> voices) {
        List<Member> cast = members.stream().map(m -> new Member(m.name(), m.gender(), m.lines(), m.how(),
                voices.get(m.name()))).toList();
        return new CastSummary(cast, unattributed, lines);
    }

    public int lineCount() {
        return lines.size();
    }
}
