package audiobook.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The normalisation case table ({@code normalisation/cases.tsv}: kind, written, spoken) and a
 * lenient scorer, as the held-out review set is scored: case, punctuation and hyphens do not
 * count, nor does the "and" inside a number ("one hundred and five", "four and a half"). Its
 * {@code main} prints the per-kind accuracy of whatever normaliser is on the class path, so the
 * same table can be run against another build.
 */
final class NormalisationCases {

    record Case(int line, String kind, String written, String spoken) {
    }

    record Result(Case c, String actual, boolean right) {
    }

    /** Number words, after which an "and" belongs to the number. */
    private static final Set<String> NUMBER_WORDS = Set.of("zero", "oh", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "thousand", "million", "billion", "trillion", "pounds", "pound", "dollars",
            "dollar", "shillings", "shilling");

    private NormalisationCases() {
    }

    static List<Case> load() {
        try (InputStream in = NormalisationCases.class.getResourceAsStream("/normalisation/cases.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<Case> cases = new ArrayList<>();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new IllegalStateException("cases.tsv:" + (i + 1) + ": expected kind, written, spoken");
                }
                cases.add(new Case(i + 1, f[0], f[1], f[2]));
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lower case, punctuation and hyphens as spaces (apostrophes dropped), an "and" after a number word left out. */
    static String lenient(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").replaceAll("[^a-z0-9]+", " ").strip();
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String w : s.split(" ")) {
            if (w.equals("and") && NUMBER_WORDS.contains(previous)) {
                continue;
            }
            out.append(out.isEmpty() ? "" : " ").append(w);
            previous = w;
        }
        return out.toString();
    }

    static boolean agree(String expected, String actual) {
        return lenient(expected).equals(lenient(actual));
    }

    static List<Result> score(List<Case> cases, UnaryOperator<String> normaliser) {
        List<Result> results = new ArrayList<>();
        for (Case c : cases) {
            String actual;
            try {
                actual = normaliser.apply(c.written());
            } catch (RuntimeException e) {
                actual = "!! " + e;
            }
            results.add(new Result(c, actual, agree(c.spoken(), actual)));
        }
        return results;
    }

    /** Kind → {right, total}, in the table's order, with "all" last. */
    static Map<String, int[]> byKind(List<Result> results) {
        Map<String, int[]> kinds = new LinkedHashMap<>();
        for (Result r : results) {
            int[] k = kinds.computeIfAbsent(r.c().kind(), x -> new int[2]);
            k[0] += r.right() ? 1 : 0;
            k[1]++;
        }
        int[] all = new int[2];
        kinds.values().forEach(k -> {
            all[0] += k[0];
            all[1] += k[1];
        });
        kinds.put("all", all);
        return kinds;
    }

    static String report(List<Result> results, boolean withFailures) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, int[]> e : byKind(results).entrySet()) {
            int[] k = e.getValue();
            out.append(String.format(Locale.ROOT, "%-13s %4d/%-4d %5.1f %%%n", e.getKey(), k[0], k[1], 100.0 * k[0] / k[1]));
        }
        if (withFailures) {
            for (Result r : results) {
                if (!r.right()) {
                    out.append(String.format("  %s:%d  %s%n      want: %s%n      got:  %s%n", r.c().kind(), r.c().line(),
                            r.c().written(), r.c().spoken(), r.actual()));
                }
            }
        }
        return out.toString();
    }

    public static void main(String[] args) {
        System.out.print(report(score(load(), SpeechNormaliser::normalise), args.length > 0));
    }
}
