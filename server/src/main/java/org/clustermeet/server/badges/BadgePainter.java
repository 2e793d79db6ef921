package org.clustermeet.server.badges;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws badges on PDF pages with PDFBox: text fitted to its box (smaller, then on more lines, then
 * cut with an ellipsis), the QR code as vector squares, and cutting marks around an A4 sheet's
 * grid. Each character the font has no glyph for is printed as {@code ?} and reported.
 */
final class BadgePainter {

    private static final float MM = 72f / 25.4f;
    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float CELL_WIDTH = 95 * MM;
    private static final float CELL_HEIGHT = 65 * MM;
    private static final float MARK_GAP = 2 * MM;
    private static final float MARK_LENGTH = 6 * MM;

    /**
     * The sizes of one badge design, in points.
     *
     * @param pad       the space inside the badge's edge
     * @param title     the event title's size
     * @param name      the name's largest and smallest size, and its lines
     * @param org       the organisation's largest and smallest size, and its lines
     * @param detail    the country's and role's size
     * @param qr        the QR code's side
     * @param qrBeside  whether the QR code stands right of the organisation, country and role (else below them, centred)
     */
    private record Design(float pad, float title, Fit name, Fit org, float detail, float qr, boolean qrBeside) {
    }

    /** A text's largest and smallest size and most lines. */
    private record Fit(float max, float min, int lines) {
    }

    private static final Design LANDSCAPE = new Design(5 * MM, 7, new Fit(20, 10, 2), new Fit(11, 7, 2), 9,
            24 * MM, true);
    private static final Design PORTRAIT = new Design(8 * MM, 9, new Fit(28, 14, 3), new Fit(15, 9, 3), 12,
            40 * MM, false);

    private final PDDocument document;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final List<String> warnings = new ArrayList<>();
    private final Map<Integer, Boolean> regularGlyphs = new HashMap<>();
    private final Map<Integer, Boolean> boldGlyphs = new HashMap<>();

    private BadgePainter(PDDocument document, BadgeFonts fonts) throws IOException {
        this.document = document;
        this.regular = PDType0Font.load(document, fonts.regular().toFile());
        this.bold = fonts.bold().equals(fonts.regular()) ? regular : PDType0Font.load(document, fonts.bold().toFile());
    }

    /**
     * Writes badges as a PDF.
     *
     * @param badges     the badges, in order
     * @param eventTitle the event's title, printed small on each badge
     * @param emptyText  what the single page says when there is no badge
     * @param layout     how badges are placed on paper
     * @param fonts      the fonts to embed
     * @param out        where the PDF goes; not closed
     * @return what was written
     * @throws IOException if a font cannot be read or writing fails
     */
    static BadgeSheet.Printed paint(List<Badge> badges, String eventTitle, String emptyText, BadgeLayout layout,
                                    BadgeFonts fonts, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(eventTitle);
            document.getDocumentInformation().setCreator("clustermeet");
            BadgePainter painter = new BadgePainter(document, fonts);
            PDRectangle size = layout == BadgeLayout.A4_SHEET ? PDRectangle.A4 : PDRectangle.A6;
            if (badges.isEmpty()) {
                painter.emptyPage(size, emptyText);
            } else if (layout == BadgeLayout.A4_SHEET) {
                painter.sheets(badges, eventTitle);
            } else {
                for (Badge badge : badges) {
                    PDPage page = new PDPage(size);
                    document.addPage(page);
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        painter.badge(content, badge, eventTitle, 0, 0, size.getWidth(), size.getHeight(), PORTRAIT);
                    }
                }
            }
            // PDFBox closes the stream it saves to; the caller's stays open
            document.save(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            return new BadgeSheet.Printed(badges.size(), document.getNumberOfPages(), painter.warnings);
        }
    }

    private void sheets(List<Badge> badges, String eventTitle) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        float left = (a4.getWidth() - COLUMNS * CELL_WIDTH) / 2;
        float bottom = (a4.getHeight() - ROWS * CELL_HEIGHT) / 2;
        int perPage = COLUMNS * ROWS;
        for (int first = 0; first < badges.size(); first += perPage) {
            PDPage page = new PDPage(a4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                cuttingMarks(content, left, bottom);
                for (int i = first; i < Math.min(badges.size(), first + perPage); i++) {
                    int column = (i - first) % COLUMNS;
                    int row = (i - first) / COLUMNS;
                    badge(content, badges.get(i), eventTitle, left + column * CELL_WIDTH,
                            bottom + (ROWS - 1 - row) * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT, LANDSCAPE);
                }
            }
        }
    }

    /** Marks every line of the grid in the margins, where a guillotine or a ruler finds them. */
    private static void cuttingMarks(PDPageContentStream content, float left, float bottom) throws IOException {
        float right = left + COLUMNS * CELL_WIDTH;
        float top = bottom + ROWS * CELL_HEIGHT;
        content.setLineWidth(0.3f);
        content.setStrokingColor(0f, 0f, 0f);
        for (int c = 0; c <= COLUMNS; c++) {
            float x = left + c * CELL_WIDTH;
            line(content, x, top + MARK_GAP, x, top + MARK_GAP + MARK_LENGTH);
            line(content, x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK_LENGTH);
        }
        for (int r = 0; r <= ROWS; r++) {
            float y = bottom + r * CELL_HEIGHT;
            line(content, left - MARK_GAP, y, left - MARK_GAP - MARK_LENGTH, y);
            line(content, right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y);
        }
        content.stroke();
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
    }

    private void emptyPage(PDRectangle size, String text) throws IOException {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            float pad = 15 * MM;
            List<String> lines = fit(printable(text, regular, "the page"), regular, new Fit(12, 12, 4),
                    size.getWidth() - 2 * pad).lines();
            text(content, regular, 12, lines, pad, size.getHeight() - pad);
        }
    }

    private void badge(PDPageContentStream content, Badge badge, String eventTitle, float x, float y, float w, float h,
                       Design d) throws IOException {
        String who = "registration " + badge.registration();
        float width = w - 2 * d.pad();
        float cursor = y + h - d.pad();
        content.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        Fitted title = fit(printable(eventTitle, regular, "the event's title"), regular,
                new Fit(d.title(), d.title(), 1), width);
        cursor = text(content, regular, title.size(), title.lines(), x + d.pad(), cursor);
        cursor -= d.title() * 0.8f;
        content.setNonStrokingColor(0f, 0f, 0f);
        Fitted name = fit(printable(badge.name(), bold, who), bold, d.name(), width);
        cursor = text(content, bold, name.size(), name.lines(), x + d.pad(), cursor);
        cursor -= d.detail() * 0.4f;
        float besideQr = d.qrBeside() ? width - d.qr() - 3 * MM : width;
        Fitted org = fit(printable(badge.organisation(), regular, who), regular, d.org(), besideQr);
        cursor = text(content, regular, org.size(), org.lines(), x + d.pad(), cursor);
        if (badge.country().isPresent()) {
            Fitted country = fit(printable(badge.country().get(), regular, who), regular,
                    new Fit(d.detail(), d.detail() * 0.75f, 1), besideQr);
            cursor = text(content, regular, country.size(), country.lines(), x + d.pad(), cursor);
        }
        cursor -= d.detail() * 0.3f;
        content.setNonStrokingColor(0.08f, 0.22f, 0.5f);
        Fitted role = fit(printable(badge.role(), bold, who), bold, new Fit(d.detail(), d.detail() * 0.75f, 1),
                besideQr);
        text(content, bold, role.size(), role.lines(), x + d.pad(), cursor);
        content.setNonStrokingColor(0f, 0f, 0f);
        float qrX = d.qrBeside() ? x + w - d.pad() - d.qr() : x + (w - d.qr()) / 2;
        qr(content, badge.token().text(), qrX, y + d.pad(), d.qr());
    }

    /** Draws lines from a top edge down, and returns the top edge below them. */
    private static float text(PDPageContentStream content, PDType0Font font, float size, List<String> lines, float x,
                              float top) throws IOException {
        float cursor = top;
        for (String line : lines) {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, cursor - 0.95f * size);
            content.showText(line);
            content.endText();
            cursor -= 1.2f * size;
        }
        return cursor;
    }

    /** Draws a QR code's dark modules as squares, each row's runs as one rectangle. */
    private static void qr(PDPageContentStream content, String text, float x, float y, float side) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            // a token is at most a few hundred ASCII characters: far within a QR code's capacity
            throw new IllegalStateException("cannot encode check-in token as a QR code: " + e.getMessage(), e);
        }
        float module = side / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * module, y + side - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }

    /** A text broken into lines at a size. */
    private record Fitted(float size, List<String> lines) {
    }

    /** Finds the largest size at which a text fits its lines, else cuts it at the smallest. */
    private static Fitted fit(String text, PDType0Font font, Fit fit, float width) throws IOException {
        for (float size = fit.max(); size >= fit.min(); size -= 0.5f) {
            List<String> lines = wrap(text, font, size, width);
            if (lines.size() <= fit.lines()) {
                return new Fitted(size, lines);
            }
        }
        List<String> lines = new ArrayList<>(wrap(text, font, fit.min(), width).subList(0, fit.lines()));
        String last = lines.get(lines.size() - 1);
        while (!last.isEmpty() && width(font, fit.min(), last + "…") > width) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
        }
        lines.set(lines.size() - 1, last + "…");
        return new Fitted(fit.min(), List.copyOf(lines));
    }

    /** Breaks a text at spaces into lines no wider than {@code width}; a longer word is broken anywhere. */
    private static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > width && rest.codePointCount(0, rest.length()) > 1) {
                int end = rest.offsetByCodePoints(0, 1);
                while (end < rest.length() && width(font, size, rest.substring(0, rest.offsetByCodePoints(end, 1)))
                        <= width) {
                    end = rest.offsetByCodePoints(end, 1);
                }
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(PDType0Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * Returns a text the font can print: composed (NFC), control characters as spaces, and each
     * character without a glyph as {@code ?}, reported once per text.
     */
    private String printable(String text, PDType0Font font, String where) {
        Map<Integer, Boolean> glyphs = font == bold ? boldGlyphs : regularGlyphs;
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(composed.length());
        List<String> missing = new ArrayList<>();
        composed.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                b.append(' ');
            } else if (glyphs.computeIfAbsent(c, code -> hasGlyph(font, code))) {
                b.appendCodePoint(c);
            } else {
                b.append('?');
                missing.add(String.format("U+%04X", c));
            }
        });
        if (!missing.isEmpty()) {
            warnings.add(where + ": the font " + font.getName() + " has no glyph for " + String.join(", ", missing)
                    + "; printed as ?");
        }
        return b.toString();
    }

    private static boolean hasGlyph(PDType0Font font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return font.getStringWidth(new String(Character.toChars(codePoint))) >= 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
