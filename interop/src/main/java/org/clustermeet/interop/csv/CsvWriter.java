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
 * order mark first and formula-like cells neutralised.
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
        String text = dialect.isExcel() && isFormulaLike(value) ? "'" + value : value;
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

    /** Whether a spreadsheet would take the cell for a formula. */
    static boolean isFormulaLike(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Flushes what is written; the stream stays open. */
    void flush() throws IOException {
        out.flush();
    }
}
