package org.clustermeet.interop.csv;

/**
 * How a CSV file is written. Both end records with CRLF, and both neutralise every cell that a
 * spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return,
 * after any apostrophes) with one more apostrophe in front; reading removes exactly that one.
 */
public enum CsvDialect {

    /** RFC 4180: comma-separated, UTF-8 without a byte order mark. */
    RFC_4180(',', false),

    /**
     * What Excel in most EU locales opens correctly by double-click: semicolon-separated, UTF-8 with
     * a byte order mark.
     */
    EXCEL(';', true);

    private final char separator;
    private final boolean excel;

    CsvDialect(char separator, boolean excel) {
        this.separator = separator;
        this.excel = excel;
    }

    /** {@return the field separator} */
    public char separator() {
        return separator;
    }

    boolean isExcel() {
        return excel;
    }
}
