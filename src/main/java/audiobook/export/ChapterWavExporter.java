package audiobook.export;

import audiobook.plan.ChapterPlan;
import audiobook.plan.Segment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a chapter's audio as a WAV file with its title, book, author, track and one cue per segment. */
public final class ChapterWavExporter {

    private static final int BLOCK = 8192;

    private final String book;
    private final String author;

    public ChapterWavExporter(String book, String author) {
        this.book = book;
        this.author = author;
    }

    /** @return the number of samples that had to be clamped (0 for a proper master) */
    public long write(Path file, ChapterPlan chapter, float[][] channels, int sampleRate, long[] segmentStarts)
            throws IOException {
        List<CueMarker> markers = new ArrayList<>();
        for (Segment s : chapter.segments()) {
            markers.add(new CueMarker(segmentStarts[s.index()], s.text()));
        }
        WavMetadata metadata = new WavMetadata(chapter.title(), book, author, chapter.number(),
                "Chapter " + chapter.number() + " of " + book, markers);
        try (WavWriter writer = new WavWriter(file, sampleRate, channels.length)) {
            float[][] block = new float[channels.length][BLOCK];
            int frames = channels[0].length;
            for (int start = 0; start < frames; start += BLOCK) {
                int n = Math.min(BLOCK, frames - start);
                for (int c = 0; c < channels.length; c++) {
                    System.arraycopy(channels[c], start, block[c], 0, n);
                }
                writer.write(block, n);
            }
            writer.commit(metadata);
            return writer.clippedSamples();
        }
    }
}
