package audiobook.pipeline;

import audiobook.export.BookManifest;
import audiobook.export.EpubPackager;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code --format epub}: after the MP3s are encoded ({@code --format epub} implies mp3) and named
 * in the manifest, the book's {@code <slug>.epub} is packaged from them, the manifest's
 * timings and the cover the other formats carry.
 */
final class EpubStage {

    private EpubStage() {
    }

    /**
     * Writes the EPUB, or warns and leaves it out when a chapter has no MP3 (a partial build of a
     * book whose other chapters were built without MP3s): an EPUB of some chapters would be another book.
     */
    static void write(Path folder, String slug, BookManifest manifest, Consumer<String> warnings) throws IOException {
        Map<Integer, Path> mp3s = new HashMap<>();
        for (BookManifest.ChapterEntry c : manifest.chapters()) {
            if (c.mp3() == null) {
                warnings.accept(slug + ".epub not written: chapter " + c.number() + " has no MP3 yet; "
                        + "build the whole book with --format epub");
                return;
            }
            mp3s.put(c.number(), folder.resolve(c.mp3()));
        }
        Path cover = manifest.cover() == null ? null : folder.resolve(manifest.cover());
        EpubPackager.write(folder.resolve(slug + ".epub"), manifest, mp3s, cover, Instant.now());
    }
}
