package org.clustermeet.interop.csv;

/**
 * How a CSV file is written. Both end records with CRLF.
 */
public enum CsvDialect {

    /** RFC 4180: comma-separated, UTF-8 without a byte order mark. */
    RFC_4180(',', false),

    /**
     * What Excel in most EU locales opens correctly by double-click: semicolon-separated, UTF-8 with
     * a byte order mark, and every cell that a spreadsheet would run as a formula (starting with
     * {@code = + - @}, a tab or a carriage return) prefixed with an apostrophe. Reading strips that
     * apostrophe again.
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
