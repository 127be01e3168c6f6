package audiobook.text;

import audiobook.text.HeadingLine.Style;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the headings that only list the chapters, in a table of contents, so that they are not
 * taken for the chapters themselves: headings following each other directly with two of a series
 * among them (but for the last, when it opens the text that follows), and headings before the
 * story's first prose, not followed by prose, that come again later.
 */
final class TableOfContents {

    /** The heading over a list of the chapters: "CONTENTS", "Table of Contents." */
    static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("(?i)(?:table of )?contents\\.?");

    private TableOfContents() {
    }

    /** The entries among the headings, by either rule below. */
    static Set<Integer> entries(List<Block> blocks, HeadingLine[] lines, Set<Integer> headings) {
        Set<Integer> entries = listedAhead(blocks, lines, headings);
        Set<Integer> remaining = new HashSet<>(headings);
        remaining.removeAll(entries);
        entries.addAll(runs(blocks, lines, remaining));
        return entries;
    }

    /**
     * Headings listed in a table of contents: before the story's first prose, not followed by
     * prose themselves, and found again later ("CHAPTER 56. Of the Less Erroneous Pictures of
     * Whales, and the True" in the contents, "CHAPTER 56." in the story; "Epilogue" in both).
     */
    private static Set<Integer> listedAhead(List<Block> blocks, HeadingLine[] lines, Set<Integer> headings) {
        int firstProse = Block.firstProse(blocks);
        // Each key's last heading, so "found again later" is one lookup, not a scan of the rest.
        Map<String, Integer> lastWithKey = new HashMap<>();
        for (int i : headings) {
            lastWithKey.merge(key(blocks.get(i), lines[i]), i, Math::max);
        }
        Set<Integer> listed = new HashSet<>();
        for (int i : headings) {
            if (i >= firstProse || i + 1 < blocks.size() && blocks.get(i + 1).isProse()) {
                continue;
            }
            if (lastWithKey.get(key(blocks.get(i), lines[i])) > i) {
                listed.add(i);
            }
        }
        return listed;
    }

    /** What identifies a heading: its series and number where it has one, else its words. */
    private static String key(Block block, HeadingLine line) {
        if (line.number() > 0 && (line.style() == Style.KEYWORD || line.style() == Style.NUMBERED)) {
            return line.family().replace(" titled", "") + " " + line.number();
        }
        return block.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether headings of the same series as this one come after the run: then it opens the story. */
    private static boolean seriesGoesOn(HeadingLine[] lines, Map<String, Integer> lastOfFamily, int heading, int runEnd) {
        return lastOfFamily.get(lines[heading].family()) >= runEnd;
    }

    /**
     * Runs of headings with nothing between them where two are of one series; the last opens the
     * story if its series goes on after the run (contents, then "CHAPTER I"), else it is the end of
     * a list ("1. Buy milk", "2. Buy eggs" between paragraphs).
     */
    private static Set<Integer> runs(List<Block> blocks, HeadingLine[] lines, Set<Integer> headings) {
        Map<String, Integer> lastOfFamily = new HashMap<>();
        for (int h : headings) {
            lastOfFamily.merge(lines[h].family(), h, Math::max);
        }
        Set<Integer> contents = new HashSet<>();
        int i = 0;
        while (i < blocks.size()) {
            if (!headings.contains(i)) {
                i++;
                continue;
            }
            int end = i;
            Set<String> families = new HashSet<>();
            boolean repeated = false;
            while (end < blocks.size() && (headings.contains(end) || blocks.get(end).kind() == Block.Kind.CUE
                    || Titles.isSubtitle(blocks, lines, headings, end))) {
                if (headings.contains(end)) {
                    repeated |= !families.add(lines[end].family());
                }
                end++;
            }
            if (repeated) {
                int lastHeading = end - 1;
                while (!headings.contains(lastHeading)) {
                    lastHeading--;
                }
                boolean opensStory = seriesGoesOn(lines, lastOfFamily, lastHeading, end);
                for (int k = i; k < (opensStory ? lastHeading : end); k++) {
                    contents.add(k);
                }
            }
            i = end;
        }
        return contents;
    }
}
