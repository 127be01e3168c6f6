package audiobook.pipeline;

import audiobook.plan.BookPlan;
import audiobook.plan.ChapterPlan;
import audiobook.soundscape.SoundscapeDefinition;
import audiobook.soundscape.SoundscapeScore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fingerprint of everything a chapter's files are made from, each value written out field by
 * field ({@link ChapterKey}): the build's settings that shape the sound, the book's metadata,
 * the chapter's plan, the keys of its clips, its soundscape and score, and the code that makes the sound: a SHA-256 of the compiled
 * classes of every package but the command line and the player, and of the shipped
 * soundscapes. So a new version of the tool renders everything again (cached clips stay valid),
 * while rebuilding the same sources ({@code mvn verify}) makes the same classes, the same
 * fingerprint, and renders nothing again.
 */
final class ChapterInputs {

    /**
     * Bump when rendering changes in a way the jar's identity would not show (e.g. in tests), or
     * when the key's text changes: 2 since the key is written field by field, not by toString.
     */
    private static final int FORMAT = 2;
    static final String CODE = codeIdentity();

    /**
     * The build settings the chapters' files are made from, which the key holds; every other
     * setting is named in {@link #SETTINGS_NOT_IN_KEY} with where its effect is keyed instead, or
     * why it has none. A new setting must go in one of the two (ChapterInputsTest).
     */
    static final Set<String> SETTINGS_IN_KEY = Set.of("ambienceDb", "profiles", "stems", "mix");
    static final Map<String, String> SETTINGS_NOT_IN_KEY = Map.of(
            "story", "the plan is keyed: the chapter's segments and the book's title, author and seed",
            "output", "where the files go, not what they hold",
            "plan", "the plan it makes is keyed",
            "cast", "each clip's key holds its voice's settings, each segment its voice's name",
            "soundscape", "the chapter's soundscape definition and score are keyed",
            "jobs", "threads change the time a build takes, not its bytes",
            "force", "whether to write into a foreign folder",
            "cache", "where clips are kept",
            "useCache", "whether clips are kept",
            "formats", "the encoded files have fingerprints of their own (FormatStage)");

    private ChapterInputs() {
    }

    static String fingerprint(BuildSettings settings, BookPlan plan, ChapterPlan chapter, List<String> clipKeys,
                              SoundscapeDefinition soundscape, SoundscapeScore.ChapterScore score) {
        Fingerprint f = new Fingerprint()
                .add("format", FORMAT)
                .add("code", CODE)
                .add("ambience db", settings.ambienceDb())
                .add("profiles", new TreeSet<>(settings.profiles()).stream().map(Enum::name).toList())
                .add("stems", settings.stems())
                .add("mix", settings.mix().name())
                .add("book", ChapterKey.book(plan))
                .add("chapter", ChapterKey.chapter(chapter))
                .add("clips", clipKeys);
        if (soundscape != null) {
            f.add("soundscape", ChapterKey.soundscape(soundscape));
        }
        if (score != null) {
            f.add("score", ChapterKey.score(score));
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
