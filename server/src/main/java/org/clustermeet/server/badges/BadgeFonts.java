package org.clustermeet.server.badges;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The TrueType fonts badges are printed in, embedded in the PDF (only the glyphs used). Names are
 * full Unicode, so the fonts need at least Latin Extended-A (Ł, ś, ő, č, ...): DejaVu Sans has it,
 * and {@link #dejaVuSans()} finds it where Linux distributions install it (Debian's package
 * {@code fonts-dejavu-core}). Immutable.
 *
 * @param regular the font of the organisation, country and event lines, not null
 * @param bold    the font of the name and the role, not null
 */
public record BadgeFonts(Path regular, Path bold) {

    /** Where distributions put DejaVu Sans: Debian and Ubuntu, Fedora, Arch, openSUSE. */
    private static final List<Path> DEJAVU_FOLDERS = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu-sans-fonts"), Path.of("/usr/share/fonts/TTF"),
            Path.of("/usr/share/fonts/truetype"), Path.of("/usr/share/fonts/dejavu"));

    /**
     * Validates the fonts' paths.
     *
     * @param regular the regular font's file, not null
     * @param bold    the bold font's file, not null
     */
    public BadgeFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
    }

    /**
     * Returns one font for every line.
     *
     * @param font a TrueType font file, not null
     * @return the fonts
     */
    public static BadgeFonts of(Path font) {
        return new BadgeFonts(font, font);
    }

    /**
     * Finds DejaVu Sans and DejaVu Sans Bold where Linux distributions install them.
     *
     * @return the fonts
     * @throws IllegalStateException if they are not installed, saying how to install them or name another font
     */
    public static BadgeFonts dejaVuSans() {
        return find().orElseThrow(() -> new IllegalStateException("no font for badges: DejaVu Sans is not in "
                + DEJAVU_FOLDERS.get(0) + " (install Debian's fonts-dejavu-core) or the other usual places; "
                + "name a TrueType font with Latin Extended-A glyphs instead"));
    }

    /**
     * Reads both fonts, so that a bad font is named before anything is written.
     *
     * @return these fonts
     * @throws IllegalArgumentException naming the file, if it is not a TrueType font PDF can embed
     * @throws IOException              if a file is missing
     */
    public BadgeFonts verified() throws IOException {
        for (Path font : List.of(regular, bold)) {
            if (!Files.isRegularFile(font)) {
                throw new NoSuchFileException(font.toString(), null, "no such font file");
            }
            try (PDDocument probe = new PDDocument()) {
                PDType0Font.load(probe, font.toFile());
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("font " + font + " is not a TrueType font that a PDF can embed: "
                        + e.getMessage(), e);
            }
        }
        return this;
    }

    /** {@return DejaVu Sans and its bold, where installed} */
    public static Optional<BadgeFonts> find() {
        for (Path folder : DEJAVU_FOLDERS) {
            Path regular = folder.resolve("DejaVuSans.ttf");
            Path bold = folder.resolve("DejaVuSans-Bold.ttf");
            if (Files.isRegularFile(regular)) {
                return Optional.of(new BadgeFonts(regular, Files.isRegularFile(bold) ? bold : regular));
            }
        }
        return Optional.empty();
    }
}
