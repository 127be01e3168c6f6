package audiobook.player;

import audiobook.AudiobookException;
import audiobook.export.BookManifest;
import audiobook.export.ManifestWriter;
import audiobook.export.WavReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What {@code audiobook play} plays: a book's chapters in order, read from its folder's
 * {@code manifest.json}, or a single chapter file (with its sentences when a manifest beside it
 * lists the file).
 */
public record Playlist(String title, String author, Path folder, List<Track> tracks) {

    public Playlist {
        tracks = List.copyOf(tracks);
    }

    public long durationMs() {
        return tracks.stream().mapToLong(Track::durationMs).sum();
    }

    /** Loads a book folder, its {@code manifest.json}, or one WAV file. */
    public static Playlist load(Path path) {
        return load(path, false);
    }

    /** As {@link #load(Path)}; with {@code dry}, a book's dry masters (narration only) instead of the immersive ones. */
    public static Playlist load(Path path, boolean dry) {
        if (Files.isDirectory(path)) {
            return fromFolder(path, dry);
        }
        if (!Files.isRegularFile(path)) {
            throw AudiobookException.input(path + ": no such file or folder; name a book folder or a chapter WAV");
        }
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".json")) {
            return fromManifest(path, null, dry);
        }
        if (!name.endsWith(".wav")) {
            throw AudiobookException.input(path + ": not a WAV file or manifest.json; name a book folder or a chapter WAV");
        }
        return fromWav(path);
    }

    private static Playlist fromFolder(Path folder, boolean dry) {
        Path manifest = folder.resolve("manifest.json");
        if (Files.isRegularFile(manifest)) {
            return fromManifest(manifest, null, dry);
        }
        List<Track> tracks = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path wav : files.filter(p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".wav")).sorted().toList()) {
                tracks.add(bare(wav, tracks.size() + 1));
            }
        } catch (IOException e) {
            throw AudiobookException.input(folder + ": cannot list the folder (" + e.getMessage() + ")");
        }
        if (tracks.isEmpty()) {
            throw AudiobookException.input(folder + ": holds no manifest.json and no WAV files; build the book first with 'audiobook build'");
        }
        return new Playlist(folder.getFileName().toString(), null, folder, tracks);
    }

    private static Playlist fromWav(Path wav) {
        Path folder = wav.toAbsolutePath().getParent();
        // A dry master sits in narration/, one level below the manifest that lists it by name.
        for (Path dir : Stream.of(folder, folder.getParent()).filter(Objects::nonNull).toList()) {
            Path manifest = dir.resolve("manifest.json");
            if (Files.isRegularFile(manifest)) {
                Playlist book = fromManifest(manifest, wav, false);
                if (!book.tracks().isEmpty()) {
                    return book;
                }
            }
        }
        return new Playlist(wav.getFileName().toString(), null, folder, List.of(bare(wav, 1)));
    }

    /**
     * The book in {@code manifest}; with {@code only} set, just that file's chapter (none if the
     * manifest lacks it, matched by name, so a dry master in narration/ finds its sentences too).
     */
    /** A manifest is text and timings; one this large is not ours. */
    static final long MAX_MANIFEST_BYTES = 200L << 20;

    private static Playlist fromManifest(Path manifest, Path only, boolean dry) {
        String problem = audiobook.io.Disk.unreadable(manifest, MAX_MANIFEST_BYTES);
        if (problem != null) {
            throw AudiobookException.input(manifest + ": " + problem + "; name a book folder or its manifest.json");
        }
        BookManifest book;
        try {
            book = ManifestWriter.read(manifest);
        } catch (IOException | RuntimeException e) {
            throw AudiobookException.input(manifest + ": not a readable book manifest (" + firstLine(e.getMessage())
                    + "); rebuild the book with 'audiobook build'");
        }
        validate(manifest, book);
        Path folder = manifest.toAbsolutePath().getParent();
        List<Track> tracks = new ArrayList<>();
        for (BookManifest.ChapterEntry chapter : book.chapters()) {
            if (only != null && !only.getFileName().toString().equals(Path.of(chapter.file()).getFileName().toString())) {
                continue;
            }
            if (dry && chapter.dryFile() == null) {
                throw AudiobookException.input(manifest + ": chapter " + chapter.number() + " has no dry master; "
                        + "build it with --profile dry or both, or play without --dry");
            }
            Path file = only != null ? only : folder.resolve(dry ? chapter.dryFile() : chapter.file());
            if (!Files.isRegularFile(file)) {
                throw AudiobookException.input(file + ": listed in " + manifest + " but missing; rebuild the book with 'audiobook build'");
            }
            List<Sentence> sentences = chapter.segments().stream()
                    .map(s -> new Sentence(s.startMs(), s.endMs(), s.text())).toList();
            tracks.add(new Track(chapter.number(), chapter.title(), file, chapter.durationMs(), sentences));
        }
        if (tracks.isEmpty() && only == null) {
            throw AudiobookException.input(manifest + ": lists no chapters; build the book with 'audiobook build'");
        }
        return new Playlist(book.title() != null ? book.title() : folder.getFileName().toString(), book.author(),
                folder, tracks);
    }

    /** Every field play needs is there, or one line says which is not. */
    private static void validate(Path manifest, BookManifest book) {
        String rebuild = "; rebuild the book with 'audiobook build'";
        if (book == null) {
            throw AudiobookException.input(manifest + ": is empty, not a book manifest" + rebuild);
        }
        if (book.chapters() == null) {
            throw AudiobookException.input(manifest + ": has no 'chapters'; not a book manifest" + rebuild);
        }
        for (int i = 0; i < book.chapters().size(); i++) {
            BookManifest.ChapterEntry c = book.chapters().get(i);
            String where = manifest + ": chapters[" + i + "]";
            if (c == null) {
                throw AudiobookException.input(where + " is null" + rebuild);
            }
            if (c.number() < 1) {
                throw AudiobookException.input(where + " has no 'number' from 1" + rebuild);
            }
            if (c.file() == null || c.file().isBlank()) {
                throw AudiobookException.input(where + " (chapter " + c.number() + ") has no 'file'" + rebuild);
            }
            if (c.segments() == null) {
                throw AudiobookException.input(where + " (chapter " + c.number() + ") has no 'segments'" + rebuild);
            }
            for (String name : new String[] {c.file(), c.dryFile()}) {
                try {
                    if (name != null) {
                        Path.of(name);
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    throw AudiobookException.input(where + " (chapter " + c.number() + ") names a file that cannot exist ("
                            + e.getReason() + ")" + rebuild);
                }
            }
            if (c.durationMs() < 0) {
                throw AudiobookException.input(where + " (chapter " + c.number() + ") has a negative 'duration_ms'" + rebuild);
            }
            for (int k = 0; k < c.segments().size(); k++) {
                BookManifest.SegmentEntry seg = c.segments().get(k);
                if (seg == null || seg.text() == null || seg.startMs() < 0 || seg.endMs() < seg.startMs()) {
                    throw AudiobookException.input(where + ".segments[" + k + "] (chapter " + c.number()
                            + ") needs 'text', 'start_ms' and 'end_ms' from its start on" + rebuild);
                }
            }
        }
    }

    private static Track bare(Path wav, int number) {
        try {
            long ms = Math.round(WavReader.info(wav).durationSeconds() * 1000);
            String title = wav.getFileName().toString().replaceFirst("(?i)\\.wav$", "");
            return new Track(number, title, wav, ms, List.of());
        } catch (IOException e) {
            throw AudiobookException.input(wav + ": not a playable WAV file (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
