package org.clustermeet.core.duplicate;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Folds names for comparison: diacritics dropped (also from the letters Unicode does not
 * decompose: Ł, Ø, Đ, ß, Æ, Œ, ı), case ignored, hyphens and spaces alike, and the words sorted, so
 * that "Łukasz Śliwiński", "lukasz sliwinski" and "Śliwiński Łukasz" fold to one key.
 */
final class Folding {

    private Folding() {
    }

    /**
     * @param words the name's parts, such as given and family name
     * @return the folded key: the folded words, sorted, joined by single spaces
     */
    static String nameKey(String... words) {
        String folded = fold(String.join(" ", words));
        if (folded.indexOf(' ') < 0) {
            return folded;
        }
        String[] parts = folded.split(" ");
        Arrays.sort(parts);
        return String.join(" ", parts);
    }

    /**
     * @param text a text
     * @return it without diacritics, in lower case, with hyphens and runs of white space as single spaces
     */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean space = c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || Character.isWhitespace(c);
            if (space) {
                // one space between words, none at the ends
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
                continue;
            }
            switch (c) {
                case 'Ł', 'ł' -> b.append('l');
                case 'Ø', 'ø' -> b.append('o');
                case 'Đ', 'đ' -> b.append('d');
                case 'ß' -> b.append("ss");
                case 'Æ', 'æ' -> b.append("ae");
                case 'Œ', 'œ' -> b.append("oe");
                case 'ı' -> b.append('i');
                default -> b.append(Character.toLowerCase(c));
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
