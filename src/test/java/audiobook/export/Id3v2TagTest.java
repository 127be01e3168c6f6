package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ID3v2.3 writer, read back by a minimal parser written from the specification. */
class Id3v2TagTest {

    static final AudioTags TAGS = new AudioTags("Chapter One", "The Book", "Ann Author", "Ann Author", 1, 12, "2025",
            AudioTags.AUDIOBOOK, "Made by audiobook; voice kevin16", null);

    /** Frame id to content, in order (a repeated id keeps the last). */
    static Map<String, byte[]> frames(byte[] tag) {
        assertEquals('I', tag[0]);
        assertEquals('D', tag[1]);
        assertEquals('3', tag[2]);
        assertEquals(3, tag[3], "version 2.3");
        assertEquals(0, tag[4]);
        assertEquals(0, tag[5], "no flags: no unsynchronisation, no extended header");
        int size = Id3v2Tag.sizeAt(tag) - 10;
        assertEquals(tag.length - 10, size, "the size counts everything after the header");
        Map<String, byte[]> frames = new LinkedHashMap<>();
        int at = 10;
        while (at + 10 <= tag.length) {
            String id = new String(tag, at, 4, StandardCharsets.ISO_8859_1);
            int n = (tag[at + 4] & 0xFF) << 24 | (tag[at + 5] & 0xFF) << 16 | (tag[at + 6] & 0xFF) << 8 | (tag[at + 7] & 0xFF);
            assertEquals(0, tag[at + 8]);
            assertEquals(0, tag[at + 9]);
            frames.put(id, Arrays.copyOfRange(tag, at + 10, at + 10 + n));
            at += 10 + n;
        }
        assertEquals(tag.length, at, "frames fill the tag exactly");
        return frames;
    }

    static String text(byte[] frame) {
        byte[] body = Arrays.copyOfRange(frame, 1, frame.length);
        return switch (frame[0]) {
            case 0 -> new String(body, StandardCharsets.ISO_8859_1);
            case 1 -> new String(body, StandardCharsets.UTF_16);
            default -> throw new AssertionError("encoding " + frame[0]);
        };
    }

    @Test
    void writesTheTextFramesPlayersRead() {
        Map<String, byte[]> f = frames(Id3v2Tag.encode(TAGS));
        assertEquals("Chapter One", text(f.get("TIT2")));
        assertEquals("The Book", text(f.get("TALB")));
        assertEquals("Ann Author", text(f.get("TPE1")));
        assertEquals("Ann Author", text(f.get("TPE2")));
        assertEquals("1/12", text(f.get("TRCK")));
        assertEquals("2025", text(f.get("TYER")));
        assertEquals("Audiobook", text(f.get("TCON")));
        byte[] comm = f.get("COMM");
        assertEquals(0, comm[0]);
        assertEquals("eng", new String(comm, 1, 3, StandardCharsets.ISO_8859_1));
        assertEquals(0, comm[4], "empty description, terminated");
        assertEquals("Made by audiobook; voice kevin16", new String(comm, 5, comm.length - 5, StandardCharsets.ISO_8859_1));
        assertFalse(f.containsKey("APIC"));
    }

    @Test
    void textOutsideLatin1IsUtf16WithAByteOrderMark() {
        Map<String, byte[]> f = frames(Id3v2Tag.encode(TAGS.withTitle("Глава — “Zoë” 🌧")));
        byte[] title = f.get("TIT2");
        assertEquals(1, title[0]);
        assertTrue((title[1] & 0xFF) == 0xFE && (title[2] & 0xFF) == 0xFF, "big-endian BOM");
        assertEquals("Глава — “Zoë” 🌧", text(title));
        assertEquals(0, f.get("TALB")[0], "Latin-1 where it suffices");
        assertEquals("café", text(frames(Id3v2Tag.encode(TAGS.withTitle("café"))).get("TIT2")));
    }

    @Test
    void embedsTheCoverWholeAsAFrontCoverPicture() {
        byte[] image = new byte[300_000];   // over jump3r's own 128 KiB limit
        new java.util.Random(3).nextBytes(image);
        image[0] = (byte) 0xFF;
        image[1] = (byte) 0xD8;
        image[2] = (byte) 0xFF;
        CoverImage cover = new CoverImage(CoverImage.JPEG, image, 1400, 1400);
        byte[] apic = frames(Id3v2Tag.encode(TAGS.withCover(cover))).get("APIC");
        assertEquals(0, apic[0]);
        byte[] mime = "image/jpeg\0".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals(mime, Arrays.copyOfRange(apic, 1, 1 + mime.length));
        assertEquals(3, apic[1 + mime.length], "picture type 3: front cover");
        assertEquals(0, apic[2 + mime.length], "empty description");
        assertArrayEquals(image, Arrays.copyOfRange(apic, 3 + mime.length, apic.length));
    }

    @Test
    void sizesAreSyncsafeAndMissingFieldsAreLeftOut() {
        assertArrayEquals(new byte[] {0, 0, 2, 1}, Id3v2Tag.syncsafe(257));
        assertArrayEquals(new byte[] {0x7F, 0x7F, 0x7F, 0x7F}, Id3v2Tag.syncsafe(Id3v2Tag.MAX_SIZE));
        byte[] tag = Id3v2Tag.encode(new AudioTags("Only a title", null, "", null, 0, 0, null, null, null, null));
        for (int i = 6; i < 10; i++) {
            assertTrue(tag[i] >= 0, "no size byte has its top bit set");
        }
        assertEquals(java.util.Set.of("TIT2"), frames(tag).keySet());
        assertEquals("3", text(frames(Id3v2Tag.encode(TAGS.withTrack(3, 0))).get("TRCK")));
        assertEquals(0, Id3v2Tag.sizeAt("not a tag".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aCoverIsAJpegOrPng() {
        assertThrows(IllegalArgumentException.class, () -> new CoverImage("image/gif", new byte[4], 1, 1));
    }
}
