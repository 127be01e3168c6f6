package audiobook.text;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Epigraphs and verse. An epigraph is a short quotation set at the head of the book or of a
 * chapter, before its prose: lines of verse, or a passage followed by its attribution ("—Joseph
 * Glanville."). The narrator reads it, never the dialogue voice, even when it stands in quotation
 * marks. Verse (short lines, most opening with a capital) is read line by line, each line a
 * sentence of its own, so the line pauses stay.
 */
final class Epigraphs {

    private static final Pattern ATTRIBUTION = Pattern.compile("^\\s*(?:[\u2014\u2013]|--?)\\s*\\p{Lu}.{0,60}$");
    private static final int MAX_EPIGRAPH_WORDS = 120;
    private static final int MAX_VERSE_LINE = 50;

    private Epigraphs() {
    }

    /** The blocks that are epigraphs (with their attributions): at the head of the text or under a heading. */
    static Set<Block> find(List<Block> blocks) {
        Set<Block> epigraphs = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < blocks.size(); i++) {
            boolean head = i == 0 || blocks.get(i - 1).kind() == Block.Kind.HEADING;
            if (!head) {
                continue;
            }
            int at = i;
            while (at < blocks.size() && blocks.get(at).kind() == Block.Kind.CUE) {
                at++;
            }
            if (at >= blocks.size() || blocks.get(at).kind() != Block.Kind.TEXT
                    || blocks.get(at).wordCount() > MAX_EPIGRAPH_WORDS) {
                continue;
            }
            Block quote = blocks.get(at);
            Block next = at + 1 < blocks.size() ? blocks.get(at + 1) : null;
            boolean attributed = next != null && next.kind() == Block.Kind.TEXT && isAttribution(next);
            boolean signed = quote.lines().size() > 1 && isAttribution(quote.lines().get(quote.lines().size() - 1));
            boolean prose = after(blocks, attributed ? at + 2 : at + 1);
            if (prose && (attributed || signed || isVerse(quote))) {
                epigraphs.add(quote);
                if (attributed) {
                    epigraphs.add(next);
                }
            }
        }
        return epigraphs;
    }

    /** Lines of verse: two or more short lines, most starting with a capital letter. */
    static boolean isVerse(Block b) {
        List<String> lines = b.lines();
        if (b.kind() != Block.Kind.TEXT || lines.size() < 2) {
            return false;
        }
        long capitals = lines.stream().map(l -> l.strip().replaceFirst("^[\"'\u201C\u2018(]+", ""))
                .filter(l -> !l.isEmpty() && Character.isUpperCase(l.codePointAt(0))).count();
        return lines.stream().allMatch(l -> l.strip().length() <= MAX_VERSE_LINE) && capitals * 3 >= lines.size() * 2;
    }

    private static boolean isAttribution(Block b) {
        return b.isSingleLine() && isAttribution(b.lines().get(0));
    }

    private static boolean isAttribution(String line) {
        return ATTRIBUTION.matcher(line).matches() && Words.count(line) <= 10;
    }

    /** Whether prose follows: the epigraph heads something. */
    private static boolean after(List<Block> blocks, int from) {
        for (int k = from; k < blocks.size(); k++) {
            if (blocks.get(k).kind() == Block.Kind.TEXT) {
                return blocks.get(k).wordCount() >= 12;
            }
            if (blocks.get(k).kind() == Block.Kind.HEADING) {
                return false;
            }
        }
        return false;
    }
}
