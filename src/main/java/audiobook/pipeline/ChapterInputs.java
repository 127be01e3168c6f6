package audiobook.pipeline;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The fingerprint of everything a chapter's files are made from: the build's settings (except
 * how many threads and which cache), the book's metadata, the chapter's plan, the keys of its
 * clips, its soundscape and score, and the code that makes the sound: a SHA-256 of the compiled
 * classes of every package but the command line and the player, and of the shipped
 * soundscapes. So a new version of the tool renders everything again (cached clips stay valid),
 * while rebuilding the same sources ({@code mvn verify}) makes the same classes, the same
 * fingerprint, and renders nothing again.
 */
final class ChapterInputs {

    /** Bump when rendering changes in a way the jar's identity would not show (e.g. in tests). */
    private static final int FORMAT = 1;
    static final String CODE = codeIdentity();

    private ChapterInputs() {
    }

    static String fingerprint(BuildSettings settings, BookPlan plan, ChapterPlan chapter, List<String> clipKeys,
                              SoundscapeDefinition soundscape, SoundscapeScore.ChapterScore score) {
        Fingerprint f = new Fingerprint()
                .add("format", FORMAT)
                .add("code", CODE)
                .add("settings", settings.withoutExecutionChoices())
                .add("profiles", new TreeSet<>(settings.profiles()))
                .add("book", java.util.Arrays.asList(plan.title(), plan.author(), plan.seed(), plan.chapters().size()))
                .add("chapter", chapter)
                .add("clips", clipKeys)
                .add("soundscape", soundscape);
        if (score != null) {
            f.add("score seed", score.seeds().seed()).add("score chapter", score.chapter());
            score.layerIntensities().forEach(layer -> f.add("layer", layer));
        }
        return f.hex();
    }

    /** Classes that decide nothing about the sound: the command line and the player. */
    private static final java.util.regex.Pattern NOT_SOUND = java.util.regex.Pattern.compile(
            "audiobook/(cli|player)/.*");

    /**
     * SHA-256 over the names and bytes of the sound-making classes and the shipped soundscapes,
     * in name order, from the jar or the classes folder this class was loaded from.
     */
    static String codeIdentity() {
        try {
            Path code = Path.of(ChapterInputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            java.util.SortedMap<String, byte[]> parts = new java.util.TreeMap<>();
            if (Files.isRegularFile(code)) {
                try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(code.toFile())) {
                    for (var entries = jar.entries(); entries.hasMoreElements(); ) {
                        var entry = entries.nextElement();
                        if (!entry.isDirectory() && counts(entry.getName())) {
                            try (var in = jar.getInputStream(entry)) {
                                parts.put(entry.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } else {
                try (java.util.stream.Stream<Path> files = Files.walk(code)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String name = code.relativize(file).toString().replace('\\', '/');
                        if (counts(name)) {
                            parts.put(name, Files.readAllBytes(file));
                        }
                    }
                }
            }
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            parts.forEach((name, bytes) -> {
                sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static boolean counts(String name) {
        return name.startsWith("audiobook/") && name.endsWith(".class") && !NOT_SOUND.matcher(name).matches()
                || name.startsWith("soundscapes/");
    }
}
