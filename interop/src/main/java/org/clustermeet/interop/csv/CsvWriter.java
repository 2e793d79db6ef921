package org.clustermeet.interop.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV records as they come (nothing is kept): fields quoted when they hold the separator,
 * a quote or a line break, quotes doubled, CRLF after each record; in the Excel dialect a byte
 * order mark first. In both dialects a cell a spreadsheet would run as a formula is neutralised
 * (OWASP): a cell that starts with {@code = + - @}, a tab or a carriage return, after any number of
 * apostrophes, gets one more apostrophe in front, which reading removes again, so that every text
 * survives a round trip.
 */
final class CsvWriter {

    private final Writer out;
    private final CsvDialect dialect;

    CsvWriter(OutputStream out, CsvDialect dialect) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.dialect = dialect;
        if (dialect.isExcel()) {
            this.out.write('\uFEFF');
        }
    }

    void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(dialect.separator());
            }
            field(fields.get(i));
        }
        out.write("\r\n");
    }

    private void field(String value) throws IOException {
        String text = isFormulaLike(value) ? "'" + value : value;
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == dialect.separator() || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(text);
            return;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
    }

    /**
     * Whether a cell is neutralised when written: after any leading apostrophes it starts with a
     * character that makes a spreadsheet read a formula.
     */
    static boolean isFormulaLike(String value) {
        int i = 0;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char c = value.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Flushes what is written; the stream stays open. */
    void flush() throws IOException {
        out.flush();
    }
}
