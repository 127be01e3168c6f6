package audiobook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import audiobook.AudiobookException;
import audiobook.export.CoverGenerator;
import audiobook.export.CoverImage;
import audiobook.plan.BookPlan;
import audiobook.text.BookInfo;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cover the encoded formats carry: --cover, else the book's own, else a drawn one. */
class CoversTest {

    private static final BookPlan PLAN = new BookPlan("The Rock", "Ann Author", "the-rock", 1, "", List.of(), List.of());
    private static final FormatSettings MP3 = new FormatSettings(Set.of(OutputFormat.MP3), null, null, null);

    @TempDir
    Path dir;

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    @Test
    void theBooksOwnCoverWinsOverADrawnOneAndTheUsersOverBoth() throws IOException {
        List<String> warnings = new ArrayList<>();
        byte[] book = jpeg(1400, 1400);
        CoverImage chosen = Covers.choose(MP3, null, new BookInfo.Cover("image/jpeg", book), PLAN, warnings::add);
        assertArrayEquals(book, chosen.bytes());
        assertEquals("cover.jpg", chosen.fileName());
        assertEquals(List.of(), warnings);

        Path mine = dir.resolve("mine.jpg");
        Files.write(mine, jpeg(1600, 1600));
        FormatSettings withCover = new FormatSettings(Set.of(OutputFormat.M4B), mine, null, null);
        CoverImage user = Covers.userCover(withCover);
        assertArrayEquals(Files.readAllBytes(mine),
                Covers.choose(withCover, user, new BookInfo.Cover("image/jpeg", book), PLAN, warnings::add).bytes());

        assertArrayEquals(CoverGenerator.generate("The Rock", "Ann Author").bytes(),
                Covers.choose(MP3, null, null, PLAN, warnings::add).bytes(), "drawn when the book has none");
        assertNull(Covers.choose(FormatSettings.WAV_ONLY, null, null, PLAN, warnings::add), "WAV alone needs none");
    }

    @Test
    void aBrokenBookCoverIsAWarningAndASmallOneIsEmbeddedWithOne() throws IOException {
        List<String> warnings = new ArrayList<>();
        CoverImage drawn = Covers.choose(MP3, null, new BookInfo.Cover("image/svg+xml", "<svg/>".getBytes()), PLAN,
                warnings::add);
        assertEquals(CoverImage.PNG, drawn.mediaType());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("the book's cover") && warnings.get(0).contains("not a JPEG or PNG"),
                warnings.get(0));

        warnings.clear();
        CoverImage small = Covers.choose(MP3, null, new BookInfo.Cover("image/jpeg", jpeg(600, 800)), PLAN, warnings::add);
        assertEquals(600, small.width());
        assertTrue(warnings.get(0).contains("600×800") && warnings.get(0).contains("1400×1400"), warnings.toString());
    }

    @Test
    void anUnreadableUserCoverIsAnInputErrorNamingIt() throws IOException {
        Path text = dir.resolve("cover.png");
        Files.writeString(text, "no");
        AudiobookException e = assertThrows(AudiobookException.class,
                () -> Covers.userCover(new FormatSettings(Set.of(OutputFormat.MP3), text, null, null)));
        assertEquals(AudiobookException.Kind.INPUT, e.kind());
        assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
    }
}
