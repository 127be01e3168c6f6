package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesUtf8TextAndCreatesMissingFolders() throws IOException {
        Path target = dir.resolve("captions/01 Chapter One.vtt");
        AtomicFiles.writeString(target, "Ünïcode — “quotes”\n");
        assertArrayEquals("Ünïcode — “quotes”\n".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of("01 Chapter One.vtt"), names(target.getParent()));
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = dir.resolve("report.txt");
        Files.writeString(target, "old, longer content");
        AtomicFiles.writeString(target, "new");
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("report.txt"), names(dir));
    }

    @Test
    void failureMidWriteKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
        Path target = dir.resolve("manifest.json");
        Files.writeString(target, "{\"complete\":true}");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals(target + ": cannot write (disk full)", thrown.getMessage(), "the final name and the reason");
        assertEquals("{\"complete\":true}", Files.readString(target));
        assertEquals(List.of("manifest.json"), names(dir));
    }

    @Test
    void runtimeFailureLeavesNothingWhenThereWasNoOldFile() throws IOException {
        Path target = dir.resolve("book.m3u8");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write('#');
            throw new UncheckedIOException(new IOException("boom"));
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aWriterThatClosesTheStreamStillGetsItsContentSynced() throws IOException {
        // Jackson closes the stream it writes to unless told not to.
        Path target = dir.resolve("manifest.json");
        AtomicFiles.write(target, out -> new ObjectMapper().writeValue(out, Map.of("chapters", 3)));
        assertEquals("{\"chapters\":3}", Files.readString(target));
    }

    @Test
    void temporaryNameIsHiddenAndBesideTheTarget() {
        Path temp = AtomicFiles.tempFor(dir.resolve("01 One.wav"));
        assertEquals(dir.toAbsolutePath(), temp.getParent());
        assertEquals(".01 One.wav." + ProcessHandle.current().pid() + ".part", temp.getFileName().toString(),
                "unique per process: two processes never write one temporary file");
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
