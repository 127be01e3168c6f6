package audiobook.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated cover and the checks on a cover given by the user or found in the book. */
class CoverTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedCoverIsASquarePngOfAtLeast1400PixelsWithText() throws IOException {
        CoverImage cover = CoverGenerator.generate("Jasper and Rusty", "Ann Author");
        assertEquals(CoverImage.PNG, cover.mediaType());
        assertEquals("cover.png", cover.fileName());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cover.bytes()));
        assertEquals(1400, image.getWidth());
        assertEquals(1400, image.getHeight());
        int background = image.getRGB(700, 40);
        long inked = 0;
        for (int y = 0; y < 1400; y += 4) {
            for (int x = 0; x < 1400; x += 4) {
                inked += image.getRGB(x, y) != background ? 1 : 0;
            }
        }
        assertTrue(inked > 2000, "type and frame are drawn: " + inked + " of 122500 sampled pixels");
    }

    @Test
    void theSameBookGetsTheSameBytesAndAnotherBookAnotherCover() {
        byte[] one = CoverGenerator.generate("Jasper and Rusty", "Ann Author").bytes();
        assertArrayEquals(one, CoverGenerator.generate("Jasper and Rusty", "Ann Author").bytes());
        assertFalse(Arrays.equals(one, CoverGenerator.generate("The Rock", "Ann Author").bytes()));
        assertNotEquals(CoverGenerator.background("Jasper and Rusty"), CoverGenerator.background("The Rock"));
    }

    @Test
    void longTitlesNoAuthorAndOtherScriptsStillDraw() {
        String longTitle = "The Remarkable and Entirely Unabridged Chronicle of a Dog Who Walked Across the Whole "
                + "Continent Twice Without Once Stopping for Breakfast or Lunch or Even a Short Nap in the Shade";
        for (String title : new String[] {longTitle, "Supercalifragilisticexpialidociousnessitudinarianism", "Глава",
            "", "雨"}) {
            CoverImage cover = CoverGenerator.generate(title, title.isEmpty() ? null : "A. N. Other");
            assertEquals(1400, cover.width());
        }
    }

    @Test
    void readsJpegAndPngAndRefusesEverythingElseNamingTheFile() throws IOException {
        BufferedImage image = new BufferedImage(32, 20, BufferedImage.TYPE_INT_RGB);
        for (String type : new String[] {"jpg", "png"}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, type, bytes);
            Path file = dir.resolve("c." + type);
            Files.write(file, bytes.toByteArray());
            CoverImage cover = CoverImage.read(file);
            assertEquals(type.equals("jpg") ? CoverImage.JPEG : CoverImage.PNG, cover.mediaType());
            assertEquals("cover." + type, cover.fileName());
            assertEquals(32, cover.width());
            assertEquals(20, cover.height());
            assertArrayEquals(bytes.toByteArray(), cover.bytes(), "embedded as it is, never re-encoded");

            Path truncated = dir.resolve("cut." + type);
            Files.write(truncated, Arrays.copyOf(bytes.toByteArray(), 12));
            IOException e = assertThrows(IOException.class, () -> CoverImage.read(truncated));
            assertTrue(e.getMessage().startsWith(truncated.toString()) && e.getMessage().contains("does not decode"),
                    e.getMessage());
        }
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(image, "gif", gif);
        Path gifFile = dir.resolve("c.gif");
        Files.write(gifFile, gif.toByteArray());
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image at all");
        for (Path bad : new Path[] {gifFile, text}) {
            IOException e = assertThrows(IOException.class, () -> CoverImage.read(bad));
            assertTrue(e.getMessage().startsWith(bad.toString()) && e.getMessage().contains("not a JPEG or PNG"),
                    e.getMessage());
        }
        IOException missing = assertThrows(IOException.class, () -> CoverImage.read(dir.resolve("missing.jpg")));
        assertTrue(missing.getMessage().contains("missing.jpg: no such file"), missing.getMessage());
    }

    @Test
    void printsByContentSoFingerprintsDoNotDependOnTheArrayIdentity() {
        CoverImage a = CoverGenerator.generate("X", null);
        CoverImage b = CoverGenerator.generate("X", null);
        assertEquals(a.toString(), b.toString());
        assertEquals(a, b);
        assertTrue(a.toString().contains(a.sha256()));
    }
}
