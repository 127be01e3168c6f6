package audiobook.speech;

import audiobook.AudiobookException;
import audiobook.io.Disk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Synthesised clips on disk, addressed by the SHA-256 of engine id, voice settings and spoken
 * text, so a clip is synthesised once for as long as its entry lives. Entries are written to a
 * unique temporary file and renamed into place, so builds sharing a cache never see half an
 * entry, and two builds writing the same entry write the same bytes. Every entry carries a
 * checksum ({@link ClipEntry}); an entry that fails it is treated as missing, never played.
 */
public final class SegmentCache {

    /** A cache that holds nothing and keeps nothing: {@code --no-cache}. */
    public static final SegmentCache NONE = new SegmentCache(null);

    /** {@code .KEYSTART-PID-RANDOM.part}: a temporary entry and the process writing it. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.[0-9a-f]{8}-(\\d{1,18})-\\d+\\.part");
    private static final long PID = ProcessHandle.current().pid();

    private final Path folder;
    private final AtomicInteger corrupt = new AtomicInteger();

    private SegmentCache(Path folder) {
        this.folder = folder;
    }

    /**
     * Opens the cache in the folder, removing the temporary files of writers that died before
     * renaming them (a killed build). Temporary names carry the writer's process id, so those of
     * a build still running beside this one are left alone.
     */
    public static SegmentCache at(Path folder) {
        removeLeftovers(folder);
        return new SegmentCache(folder);
    }

    private static void removeLeftovers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder, 2)) {
            for (Path file : files.toList()) {
                Matcher m = TEMPORARY.matcher(file.getFileName().toString());
                if (m.matches() && !ProcessHandle.of(Long.parseLong(m.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // Leftovers cost only space; a cache that cannot be read or written says so when used.
        }
    }

    /** The key of a clip: hex SHA-256 of what determines its samples. */
    public static String key(String engineId, VoiceSettings voice, String spoken) {
        return HexFormat.of().formatHex(sha256((engineId + '\0' + voice.key() + '\0' + spoken)
                .getBytes(StandardCharsets.UTF_8)));
    }

    public boolean enabled() {
        return folder != null;
    }

    /** The clip stored under the key; empty when there is none or the entry is damaged. */
    public Optional<SpeechClip> find(String key) {
        if (folder == null) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();   // unreadable counts as missing; storing will say what is wrong
        }
        Optional<SpeechClip> clip = ClipEntry.decode(bytes, key);
        if (clip.isEmpty()) {
            corrupt.incrementAndGet();
        }
        return clip;
    }

    public void store(String key, SpeechClip clip) {
        if (folder == null) {
            return;
        }
        Path target = file(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            // A unique name per writer: two builds may store the same entry at the same moment.
            temp = Files.createTempFile(target.getParent(), "." + key.substring(0, 8) + "-" + PID + "-", ".part");
            // No fsync: after a crash a torn entry fails its checksum and is synthesised again.
            Disk.write(temp, ClipEntry.encode(clip, key));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temp);
            throw AudiobookException.environment(folder + ": cannot write the segment cache (" + Disk.reason(e)
                    + "); " + (Disk.isFull(e) ? "free some space, " : "") + "choose another with --cache DIR or build with --no-cache", e);
        }
    }

    /** Entries found damaged (and so synthesised again) since this cache was opened. */
    public int corruptEntries() {
        return corrupt.get();
    }

    Path file(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key + ".clip");
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the write failure is what matters
            }
        }
    }
}
