package audiobook.cli;

import audiobook.soundscape.LayerDefinition;
import audiobook.soundscape.LayerParameter;
import audiobook.soundscape.LayerType;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeLibrary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audiobook soundscapes}: lists the shipped soundscapes, or checks the user's own definitions. */
@Command(name = "soundscapes", mixinStandardHelpOptions = true,
        description = "Lists the shipped soundscapes with their layers; with FILE, checks and describes your own "
                + "definitions (exit 2 naming the file and field when one is wrong).",
        footer = {"%nExamples:", "  audiobook soundscapes", "  audiobook soundscapes --layers",
            "  audiobook soundscapes my-porch.json"})
final class SoundscapesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Soundscape definitions (.json) to check.")
    List<String> files = new ArrayList<>();

    @Option(names = "--layers", description = "Also list the layer types and the parameters each takes.")
    boolean layers;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<SoundscapeDefinition> definitions = files.isEmpty() ? SoundscapeLibrary.all()
                : files.stream().map(SoundscapeLibrary::find).toList();
        if (files.isEmpty()) {
            out.println("Soundscapes (build --soundscape NAME; the default, auto, picks one per chapter):");
        }
        int width = definitions.stream().mapToInt(d -> d.name().length()).max().orElse(0);
        String indent = " ".repeat(width + 3);
        for (SoundscapeDefinition d : definitions) {
            out.printf("%n  %-" + width + "s %s%n", d.name(), d.description());
            for (LayerDefinition layer : d.layers()) {
                out.printf("%s%s%n", indent, describe(layer));
            }
        }
        if (layers) {
            out.printf("%nLayer types (fields of a layer: type, level_db, follows, floor, and these):%n");
            for (LayerType type : LayerType.values()) {
                out.printf("%n  %-8s %s%n", type.id(), type.description());
                for (LayerParameter p : type.parameters()) {
                    out.printf("           %-19s %s to %s (default %s): %s%n", p.name(), plain(p.min()), plain(p.max()),
                            plain(p.fallback()), p.meaning());
                }
            }
        }
        return 0;
    }

    private static String describe(LayerDefinition layer) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-16s %s dB", layer.label(), plain(layer.levelDb())));
        if (!layer.follows().isEmpty()) {
            s.append(", follows ").append(String.join(" ", layer.follows()));
        }
        if (layer.floor() > 0) {
            s.append(", floor ").append(plain(layer.floor()));
        }
        layer.parameters().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(p -> s.append(", ").append(p.getKey()).append(' ').append(plain(p.getValue())));
        return s.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
