package org.clustermeet.server.badges;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;

/**
 * Reads a badge PDF back as a person checking it would: the text of each page (PDFBox), and the QR
 * codes found on each page rendered to an image (ZXing). Also finds the fonts the badges need.
 */
public final class BadgePdf {

    /** One page: its text and the texts of the QR codes on it, top to bottom, left to right. */
    public record Page(String text, List<String> codes) {
    }

    private BadgePdf() {
    }

    /**
     * Reads every page.
     *
     * @param pdf the PDF's bytes
     * @return the pages
     * @throws IOException if it is no PDF
     */
    public static List<Page> read(byte[] pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                pages.add(new Page(stripper.getText(document), codes(renderer.renderImageWithDPI(i, 200))));
            }
        }
        return pages;
    }

    private static List<String> codes(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(),
                image.getHeight(), pixels)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true));
            List<Result> sorted = new ArrayList<>(List.of(results));
            sorted.sort((a, b) -> {
                float ay = a.getResultPoints()[0].getY();
                float by = b.getResultPoints()[0].getY();
                return Math.abs(ay - by) > 50 ? Float.compare(ay, by)
                        : Float.compare(a.getResultPoints()[0].getX(), b.getResultPoints()[0].getX());
            });
            return sorted.stream().map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /**
     * Returns DejaVu Sans; skips the test when it is not installed, unless
     * {@code CLUSTERMEET_REQUIRE_FONTS=true} (as in CI) makes that a failure.
     *
     * @return the fonts
     */
    public static BadgeFonts fonts() {
        Optional<BadgeFonts> fonts = BadgeFonts.find();
        if (fonts.isEmpty()) {
            String why = "DejaVu Sans is not installed (Debian: apt-get install fonts-dejavu-core)";
            if ("true".equals(System.getenv("CLUSTERMEET_REQUIRE_FONTS"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return fonts.get();
    }
}
