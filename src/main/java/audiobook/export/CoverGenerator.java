package audiobook.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a cover for a book that has none: its title and author set in type on a plain
 * background, 1400 × 1400 pixels (the smallest square audiobook stores ask for), as a PNG.
 *
 * <p>Deterministic: the background colour comes from the title's bytes, the layout from the
 * text alone, and every rendering hint is fixed, so one machine draws the same bytes for the
 * same book every time (a machine with other fonts draws other, equally stable, bytes). The
 * title is set as large as fits in at most five lines, the author under a rule.
 */
public final class CoverGenerator {

    public static final int SIZE = 1400;
    private static final int MARGIN = 150;
    private static final int MAX_TITLE_LINES = 5;
    private static final Color INK = new Color(0xF4, 0xEC, 0xD8);

    private CoverGenerator() {
    }

    public static CoverImage generate(String title, String author) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(background(title));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(INK);
            g.setStroke(new BasicStroke(6));
            g.drawRect(MARGIN / 2, MARGIN / 2, SIZE - MARGIN, SIZE - MARGIN);
            try {
                drawText(g, title, author);
            } catch (RuntimeException | Error e) {
                // A machine without any font cannot set type (Java2D then fails inside font
                // lookup): the cover keeps its frame and colour rather than failing the build.
                if (e instanceof VirtualMachineError vm) {
                    throw vm;
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
            return new CoverImage(CoverImage.PNG, png.toByteArray(), SIZE, SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the generated cover as PNG", e);
        }
    }

    private static void drawText(Graphics2D g, String title, String author) {
        int width = SIZE - 2 * MARGIN;
        Font titleFont = null;
        List<String> lines = List.of();
        for (int size = 150; size >= 40; size -= 6) {
            titleFont = new Font(Font.SERIF, Font.BOLD, size);
            FontMetrics metrics = g.getFontMetrics(titleFont);
            lines = wrap(title.strip(), metrics, width);
            if (lines.size() <= MAX_TITLE_LINES && lines.stream().allMatch(l -> metrics.stringWidth(l) <= width)) {
                break;
            }
        }
        if (lines.size() > MAX_TITLE_LINES) {
            lines = new ArrayList<>(lines.subList(0, MAX_TITLE_LINES));
            lines.set(MAX_TITLE_LINES - 1, lines.get(MAX_TITLE_LINES - 1) + " \u2026");
        }
        FontMetrics tm = g.getFontMetrics(titleFont);
        int lineHeight = (int) Math.round(tm.getHeight() * 1.05);
        int block = lineHeight * lines.size();
        int top = (int) (SIZE * 0.42) - block / 2;
        g.setFont(titleFont);
        int y = top + tm.getAscent();
        for (String line : lines) {
            g.drawString(line, (SIZE - tm.stringWidth(line)) / 2, y);
            y += lineHeight;
        }
        int rule = y - lineHeight + tm.getDescent() + 70;
        g.setStroke(new BasicStroke(4));
        g.drawLine(SIZE / 2 - 120, rule, SIZE / 2 + 120, rule);
        if (author != null && !author.isBlank()) {
            Font authorFont = new Font(Font.SANS_SERIF, Font.PLAIN, 64);
            FontMetrics am = g.getFontMetrics(authorFont);
            List<String> authorLines = wrap(author.strip(), am, width);
            g.setFont(authorFont);
            int ay = rule + 60 + am.getAscent();
            for (String line : authorLines.subList(0, Math.min(2, authorLines.size()))) {
                g.drawString(line, (SIZE - am.stringWidth(line)) / 2, ay);
                ay += am.getHeight();
            }
        }
    }

    /** Words into lines no wider than {@code width}; a word wider than a line stands alone. */
    static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** A dark, muted colour chosen by the title, so that books differ but each keeps its own. */
    static Color background(String title) {
        int hash = 17;
        for (byte b : title.getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + b;
        }
        float hue = Math.floorMod(hash, 360) / 360f;
        return Color.getHSBColor(hue, 0.45f, 0.30f);
    }
}
