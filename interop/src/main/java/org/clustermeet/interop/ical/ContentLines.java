package org.clustermeet.interop.ical;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1): UTF-8, CRLF after every line, lines
 * longer than 75 octets folded with CRLF and a space, never inside a UTF-8 sequence.
 */
final class ContentLines {

    private static final int MAX_OCTETS = 75;
    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] FOLD = {'\r', '\n', ' '};

    private final OutputStream out;

    ContentLines(OutputStream out) {
        this.out = out;
    }

    /** Writes a property whose value is already in its iCalendar form. */
    void line(String nameAndParameters, String value) throws IOException {
        byte[] bytes = (nameAndParameters + ":" + value).getBytes(StandardCharsets.UTF_8);
        int start = 0;
        int room = MAX_OCTETS;
        while (bytes.length - start > room) {
            int end = start + room;
            while ((bytes[end] & 0xC0) == 0x80) {
                end--; // do not split a UTF-8 sequence: back up to its first byte
            }
            out.write(bytes, start, end - start);
            out.write(FOLD);
            start = end;
            room = MAX_OCTETS - 1; // the space that opens a continuation line counts
        }
        out.write(bytes, start, bytes.length - start);
        out.write(CRLF);
    }

    /** Writes a property with a TEXT value, escaped. */
    void text(String name, String value) throws IOException {
        line(name, escape(value));
    }

    /**
     * Writes a parameter value: quoted, with a double quote, a caret and a line break encoded as
     * RFC 6868 says ({@code ^'}, {@code ^^}, {@code ^n}), and other control characters dropped.
     */
    static String parameter(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("^'");
                case '^' -> b.append("^^");
                case '\n' -> b.append("^n");
                default -> {
                    if (!Character.isISOControl(c)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    b.append("\\n");
                }
                default -> b.append(Character.isISOControl(c) && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
