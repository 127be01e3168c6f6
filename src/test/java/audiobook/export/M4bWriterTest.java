package audiobook.export;

import audiobook.audio.Block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The M4B through ffmpeg: chapter marks where the samples say, tags, cover; and what ffmpeg's metadata file holds. */
class M4bWriterTest {

    private static final int RATE = 44100;

    @TempDir
    Path dir;

    @Test
    void theMetadataFileEscapesAndTimesChaptersInFrames() {
        String meta = M4bWriter.ffmetadata(Id3v2TagTest.TAGS.withTitle("A = B; #1 \\ two\nlines"),
                List.of(new M4bWriter.Chapter("One", 44100), new M4bWriter.Chapter("Two; =", 1000)), RATE);
        assertTrue(meta.startsWith(";FFMETADATA1\n"));
        assertTrue(meta.contains("title=A \\= B\\; \\#1 \\\\ two lines\n"), meta);
        assertTrue(meta.contains("album=The Book\nartist=Ann Author\nalbum_artist=Ann Author\ndate=2025\n"
                + "genre=Audiobook\ncomment=Made by audiobook\\; voice kevin16\nmedia_type=2\n"), meta);
        assertTrue(meta.contains("[CHAPTER]\nTIMEBASE=1/44100\nSTART=0\nEND=44100\ntitle=One\n"), meta);
        assertTrue(meta.contains("[CHAPTER]\nTIMEBASE=1/44100\nSTART=44100\nEND=45100\ntitle=Two\\; \\=\n"), meta);
    }

    @Test
    void writesChaptersTagsAndCoverThatFfprobeReads() throws Exception {
        assumeTrue(ExternalTool.onPath("ffmpeg", "-version"), "ffmpeg not on PATH: M4B not written (apt-get install ffmpeg)");
        Path ffmpeg = Path.of(ExternalTool.runText(dir, "sh", "-c", "command -v ffmpeg"));
        Path target = dir.resolve("book.m4b");
        long[] frames = {3 * RATE + 17, 2 * RATE, RATE / 2};
        List<M4bWriter.Chapter> chapters = List.of(new M4bWriter.Chapter("Chapter One", frames[0]),
                new M4bWriter.Chapter("Café — “Two”", frames[1]), new M4bWriter.Chapter("Three", frames[2]));
        AudioTags tags = Id3v2TagTest.TAGS.withTitle("The Book").withTrack(0, 0)
                .withCover(CoverGenerator.generate("The Book", "Ann Author"));
        M4bWriter.write(new Ffmpeg(ffmpeg), target, 2, RATE, 112, chapters, tags, sink -> {
            for (long f : frames) {
                float[][] block = Mp3EncoderTest.tone(2, (int) f);
                sink.write(new Block(block, (int) f));
            }
        });
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary files left beside it");
        }
        JsonNode probe = new ObjectMapper().readTree(ExternalTool.run(dir, "ffprobe", "-v", "error", "-show_format",
                "-show_streams", "-show_chapters", "-of", "json", target.toString()));
        JsonNode marks = probe.path("chapters");
        assertEquals(3, marks.size(), probe.toString());
        double start = 0;
        for (int i = 0; i < 3; i++) {
            assertEquals(chapters.get(i).title(), marks.path(i).path("tags").path("title").asText());
            assertEquals(start, marks.path(i).path("start_time").asDouble(), 0.002);
            start += frames[i] / (double) RATE;
            assertEquals(start, marks.path(i).path("end_time").asDouble(), 0.002);
        }
        JsonNode format = probe.path("format");
        assertEquals("The Book", format.path("tags").path("title").asText());
        assertEquals("The Book", format.path("tags").path("album").asText());
        assertEquals("Ann Author", format.path("tags").path("artist").asText());
        assertEquals("Ann Author", format.path("tags").path("album_artist").asText());
        assertEquals("Audiobook", format.path("tags").path("genre").asText());
        assertEquals("2", format.path("tags").path("media_type").asText());
        boolean aac = false;
        boolean picture = false;
        for (JsonNode s : probe.path("streams")) {
            if (s.path("codec_name").asText().equals("aac")) {
                aac = true;
                assertEquals(2, s.path("channels").asInt());
                assertEquals(RATE, s.path("sample_rate").asInt());
                assertEquals(start, s.path("duration").asDouble(), 0.05);
            }
            picture |= s.path("disposition").path("attached_pic").asInt() == 1 && s.path("codec_name").asText().equals("png");
        }
        assertTrue(aac && picture, probe.toString());
    }

    @Test
    void aFailingFfmpegIsAnErrorWithItsReasonAndLeavesNoFile() throws Exception {
        Path fake = dir.resolve("tools").resolve("ffmpeg");
        Files.createDirectories(fake.getParent());
        Files.writeString(fake, "#!/bin/sh\ncat > /dev/null\necho \"Unknown encoder 'aac'\" >&2\nexit 1\n");
        assertTrue(fake.toFile().setExecutable(true));
        Path book = Files.createDirectories(dir.resolve("book"));
        Path target = book.resolve("book.m4b");
        IOException e = assertThrows(IOException.class, () -> M4bWriter.write(new Ffmpeg(fake), target, 2, RATE, 112,
                List.of(new M4bWriter.Chapter("One", RATE)), Id3v2TagTest.TAGS, sink -> sink.write(Block.allocate(2, RATE))));
        assertTrue(e.getMessage().contains("ffmpeg could not encode book.m4b (exit 1: Unknown encoder 'aac')"),
                e.getMessage());
        try (Stream<Path> files = Files.list(book)) {
            assertFalse(files.findAny().isPresent(), "neither the M4B nor a temporary file");
        }
    }
}
