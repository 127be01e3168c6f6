package audiobook.pipeline;

import audiobook.export.AtomicFiles;
import audiobook.export.ExportedChapter;
import audiobook.export.ExportedFile;
import audiobook.mix.DeliveryProfile;
import audiobook.mix.LoudnessReport;
import audiobook.plan.ChapterPlan;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Remembers, per chapter, the fingerprint of the inputs it was rendered from and the files it
 * wrote, so that a rebuild can skip a chapter whose inputs are unchanged and whose files are
 * still as it left them (same size and modification time). The records live in the book's
 * folder ({@code .cache/chapters/NN.json}); anything unreadable means "render again".
 */
final class RenderedChapters {

    /** A file a chapter wrote, relative to the book's folder. */
    record OutputFile(String name, long size, long modifiedMillis) {
    }

    /** A master as the manifest and report describe it; the path relative to the book's folder. */
    record MasterRecord(String name, DeliveryProfile profile, LoudnessReport loudness, long clippedSamples,
                        List<String> failures) {
    }

    /** What a later build needs to skip the chapter and still describe it in the manifest and report. */
    record ChapterRecord(String fingerprint, List<OutputFile> outputs, double seconds, long[] startMs,
                         long[] endMs, List<MasterRecord> masters) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private final Path book;
    private final Path records;

    /** @param book the book's folder; null when nothing may be reused ({@code --no-cache}) */
    RenderedChapters(Path book) {
        this.book = book;
        this.records = book == null ? null : book.resolve(".cache").resolve("chapters");
        removeLeftovers();
    }

    /** A killed build can leave a record's {@code .NN.json.part}; one build writes a book at a time, so it is stale. */
    private void removeLeftovers() {
        if (records == null || !Files.isDirectory(records)) {
            return;
        }
        try (Stream<Path> files = Files.list(records)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".part")).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers cost only space; writing the records will report a folder that cannot be written.
        }
    }

    /** The chapter as the last build wrote it, when its fingerprint matches and its files are intact. */
    Optional<ExportedChapter> unchanged(ChapterPlan chapter, String fingerprint) {
        if (records == null) {
            return Optional.empty();
        }
        try {
            ChapterRecord record = JSON.readValue(recordFile(chapter).toFile(), ChapterRecord.class);
            if (!record.fingerprint().equals(fingerprint) || record.outputs().isEmpty()) {
                return Optional.empty();
            }
            for (OutputFile output : record.outputs()) {
                if (!output.equals(describe(book.resolve(output.name())))) {
                    return Optional.empty();
                }
            }
            List<ExportedFile> masters = new ArrayList<>();
            for (MasterRecord m : record.masters()) {
                masters.add(new ExportedFile(book.resolve(m.name()), m.profile(), m.loudness(), m.clippedSamples(),
                        m.failures()));
            }
            return Optional.of(new ExportedChapter(chapter, record.seconds(), record.startMs(), record.endMs(), masters));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // no record, a damaged one, or a file gone: render again
        }
    }

    /** Records a chapter just written; {@code outputs} are every file the chapter wrote. */
    void remember(String fingerprint, ExportedChapter chapter, List<Path> outputs) throws IOException {
        if (records == null) {
            return;
        }
        List<OutputFile> files = new ArrayList<>();
        for (Path output : outputs) {
            files.add(describe(output));
        }
        List<MasterRecord> masters = new ArrayList<>();
        for (ExportedFile f : chapter.files()) {
            masters.add(new MasterRecord(book.relativize(f.path()).toString(), f.profile(), f.loudness(),
                    f.clippedSamples(), f.failures()));
        }
        ChapterRecord record = new ChapterRecord(fingerprint, files, chapter.seconds(), chapter.startMs(),
                chapter.endMs(), masters);
        AtomicFiles.write(recordFile(chapter.plan()), JSON.writeValueAsBytes(record));
    }

    /**
     * What the chapter records in {@code book} say earlier builds wrote: chapter number to the
     * files (relative to the book's folder) its last rendering wrote. Unreadable records are
     * left out: they name nothing to remove.
     */
    static java.util.Map<Integer, List<String>> recordedOutputs(Path book) {
        java.util.Map<Integer, List<String>> outputs = new java.util.TreeMap<>();
        Path folder = book.resolve(".cache").resolve("chapters");
        if (!Files.isDirectory(folder)) {
            return outputs;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                java.util.regex.Matcher m = RECORD.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                try {
                    ChapterRecord record = JSON.readValue(file.toFile(), ChapterRecord.class);
                    outputs.put(Integer.parseInt(m.group(1)), record.outputs().stream().map(OutputFile::name).toList());
                } catch (IOException | RuntimeException unreadable) {
                    // nothing known about this one
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // no records to go by
        }
        return outputs;
    }

    /** Removes the record of a chapter the book no longer has. */
    static void forget(Path book, int chapter) throws IOException {
        Files.deleteIfExists(book.resolve(".cache").resolve("chapters").resolve(String.format("%02d.json", chapter)));
    }

    private static final java.util.regex.Pattern RECORD = java.util.regex.Pattern.compile("(\\d{2,})\\.json");

    private OutputFile describe(Path file) throws IOException {
        return new OutputFile(book.relativize(file).toString(), Files.size(file),
                Files.getLastModifiedTime(file).toMillis());
    }

    private Path recordFile(ChapterPlan chapter) {
        return records.resolve(String.format("%02d.json", chapter.number()));
    }
}
