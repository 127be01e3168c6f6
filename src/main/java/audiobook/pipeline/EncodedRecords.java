package audiobook.pipeline;

import audiobook.export.AtomicFiles;
import audiobook.export.ExportedFile;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remembers, per encoded file (an MP3, the M4B), the fingerprint of what it was encoded from
 * and the file as it was left, so that a rebuild encodes again only what changed: an MP3 when
 * its chapter's WAV was written again, the M4B when any chapter was. The records live in
 * {@code .cache/formats/} in the book's folder, one JSON file per encoded file; anything
 * unreadable means "encode again".
 */
final class EncodedRecords {

    /** The file as written, with its figures as decoded (null when not measured). */
    record Entry(String fingerprint, String name, long size, long modifiedMillis, DeliveryProfile profile,
                 LoudnessReport loudness, List<String> failures) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final Path book;
    private final Path records;

    /** @param book the book's folder; null when nothing may be reused ({@code --no-cache}) */
    EncodedRecords(Path book) {
        this.book = book;
        this.records = book == null ? null : book.resolve(".cache").resolve("formats");
        removeLeftovers();
    }

    /** A killed build can leave a record's {@code .NAME.json.part}; one build writes a book at a time, so it is stale. */
    private void removeLeftovers() {
        if (records == null || !Files.isDirectory(records)) {
            return;
        }
        try (Stream<Path> files = Files.walk(records)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers cost only space.
        }
    }

    /** The file as the last build encoded it, when the fingerprint matches and the file is as it was left. */
    Optional<ExportedFile> unchanged(Path file, String fingerprint) {
        if (records == null) {
            return Optional.empty();
        }
        try {
            Entry entry = JSON.readValue(recordFile(file).toFile(), Entry.class);
            if (!entry.fingerprint().equals(fingerprint) || !entry.name().equals(name(file))
                    || Files.size(file) != entry.size()
                    || Files.getLastModifiedTime(file).toMillis() != entry.modifiedMillis()) {
                return Optional.empty();
            }
            return Optional.of(new ExportedFile(file, entry.profile(), entry.loudness(), 0, entry.failures()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // no record, a damaged one, or the file gone: encode again
        }
    }

    void remember(String fingerprint, ExportedFile file) throws IOException {
        if (records == null) {
            return;
        }
        Entry entry = new Entry(fingerprint, name(file.path()), Files.size(file.path()),
                Files.getLastModifiedTime(file.path()).toMillis(), file.profile(), file.loudness(), file.failures());
        AtomicFiles.write(recordFile(file.path()), JSON.writeValueAsBytes(entry));
    }

    /** Forgets a file (before it is written again, so that a failed encode is never taken for a finished one). */
    void forget(Path file) {
        if (records != null) {
            try {
                Files.deleteIfExists(recordFile(file));
            } catch (IOException ignored) {
                // A stale record whose file changes no longer matches it anyway.
            }
        }
    }

    private String name(Path file) {
        return book.relativize(file).toString();
    }

    private Path recordFile(Path file) {
        return records.resolve(name(file) + ".json");
    }
}
