package audiobook.export;

import audiobook.audio.Block;
import audiobook.audio.Sink;
import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens a chapter's WAV file for streaming; on commit it gets the chapter title, book, author
 * and track number, and one cue marker per segment labelled with the segment's text.
 */
public final class ChapterWavExporter {

    private final String book;
    private final String author;

    public ChapterWavExporter(String book, String author) {
        this.book = book;
        this.author = author;
    }

    /** @param dither the TPDF dither of the rounding to 16 bits, with its own seed per file */
    public ChapterWav open(Path file, ChapterPlan chapter, int sampleRate, int channels, Dither dither)
            throws IOException {
        return new ChapterWav(new WavWriter(file, sampleRate, channels, dither), chapter);
    }

    /** A chapter's WAV being written: a sink for blocks, then committed under its final name. */
    public final class ChapterWav implements Sink, AutoCloseable {
        private final WavWriter writer;
        private final ChapterPlan chapter;

        private ChapterWav(WavWriter writer, ChapterPlan chapter) {
            this.writer = writer;
            this.chapter = chapter;
        }

        @Override
        public void write(Block block) throws IOException {
            writer.write(block.channels(), block.frames());
        }

        /**
         * Adds the metadata and renames the file to its final name.
         *
         * @return the number of samples that had to be clamped (0 for a proper master)
         */
        public long commit(long[] segmentStarts) throws IOException {
            List<CueMarker> markers = new ArrayList<>();
            for (Segment s : chapter.segments()) {
                markers.add(new CueMarker(segmentStarts[s.index()], s.text()));
            }
            writer.commit(new WavMetadata(chapter.title(), book, author, chapter.number(),
                    "Chapter " + chapter.number() + " of " + book, markers));
            return writer.clippedSamples();
        }

        /** Deletes the temporary file unless the chapter was committed. */
        @Override
        public void close() {
            writer.close();
        }
    }
}
