package org.clustermeet.interop.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.clustermeet.core.text.Unicode;

/**
 * A CSV file read for import: decoded (UTF-8 with or without a byte order mark unless another
 * charset is named; anything else is refused with a message that says so), its separator
 * ({@code ,} or {@code ;}) detected from the header line, its header checked against the columns
 * an import knows, and its records handed to the importer one by one with their line numbers.
 * Line ends may be LF, CRLF or CR; fields may be quoted. Blank lines are skipped.
 */
final class CsvTable {

    /** The most problems reported for one file. */
    static final int MAX_PROBLEMS = 100;

    private static final CsvMapper MAPPER = new CsvMapper();

    /**
     * A column an import knows, by its lower-case header name and its position in the import's
     * list of columns; optional ones may be left out.
     */
    record Column(String name, boolean required, int index) {
    }

    /** Numbers a list of columns: each column's index is its position. */
    static List<Column> columns(Object... nameRequiredPairs) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < nameRequiredPairs.length; i += 2) {
            columns.add(new Column((String) nameRequiredPairs[i], (Boolean) nameRequiredPairs[i + 1], i / 2));
        }
        return List.copyOf(columns);
    }

    /**
     * A record: its line, its cells by column index (null where blank or absent), and how many
     * fields it has beyond the header's.
     */
    record Row(long line, String[] cells, int extra) {
    }

    private CsvTable() {
    }

    /**
     * Reads a table, handing each record to the importer as soon as it is parsed, so that no
     * record is kept beyond its handling.
     *
     * @param in       the bytes; read to the end, not closed
     * @param charset  the charset, or empty for UTF-8 (a byte order mark is skipped)
     * @param columns  the columns the import knows
     * @param maxBytes the most bytes read; a longer input is refused
     * @param source   the file's name, for messages
     * @param each     takes each record in file order, and answers whether to go on
     * @throws CsvImportException naming every problem of the size, the encoding or the header, or
     *                            where the CSV is malformed (what the handler found is then moot)
     * @throws IOException        if reading fails
     */
    static void read(InputStream in, Optional<Charset> charset, List<Column> columns, long maxBytes, String source,
                     Predicate<Row> each) throws IOException, CsvImportException {
        ByteBuffer read = readUpTo(in, (int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        byte[] bytes = read.array();
        int length = read.limit();
        if (length > maxBytes) {
            throw new CsvImportException(source, List.of(new CsvProblem(lineOf(bytes, length, (int) maxBytes),
                    Optional.empty(), "the file is larger than the limit of " + maxBytes + " bytes, which this line "
                    + "passes")));
        }
        Text text = checked(bytes, length, charset, source);
        char separator = separator(text.prefix(HEADER_CHARS));
        List<Column> header = null;
        try (CsvParser parser = MAPPER.getFactory().createParser(text.reader())) {
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            List<String> record = new ArrayList<>();
            long line = 0;
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new CsvImportException(source, List.of(new CsvProblem(1, Optional.empty(), "the file is empty: "
                        + "expected a header line")));
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.START_ARRAY; t = parser.nextToken()) {
                record.clear();
                for (JsonToken v = parser.nextToken(); v == JsonToken.VALUE_STRING; v = parser.nextToken()) {
                    if (record.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String cell = parser.getText();
                    if (Unicode.firstFault(cell).isPresent()) {
                        wellFormed(text.whole(), source); // says where, as for a fault anywhere in the file
                    }
                    record.add(cell);
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = header(record, columns, source);
                    continue;
                }
                if (!each.test(row(line, header, record, columns.size()))) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            long opened = unterminatedQuote(text.whole());
            if (opened > 0) {
                throw new CsvImportException(source, List.of(new CsvProblem(opened, Optional.empty(),
                        "malformed CSV: a quoted field opens on this line and is never closed")));
            }
            throw new CsvImportException(source, List.of(new CsvProblem(Math.max(1, e.getLocation() == null ? 1
                    : e.getLocation().getLineNr()), Optional.empty(), "malformed CSV: " + e.getOriginalMessage())));
        }
        if (header == null) {
            throw new CsvImportException(source, List.of(new CsvProblem(1, Optional.empty(), "the file is empty: "
                    + "expected a header line")));
        }
    }

    private static Row row(long line, List<Column> header, List<String> record, int columns) {
        String[] cells = new String[columns];
        for (int i = 0; i < Math.min(header.size(), record.size()); i++) {
            String value = unneutralised(record.get(i));
            if (!value.isEmpty()) {
                cells[header.get(i).index()] = value;
            }
        }
        return new Row(line, cells, Math.max(0, record.size() - header.size()));
    }

    /** The known column at each position of the header. */
    private static List<Column> header(List<String> names, List<Column> columns, String source)
            throws CsvImportException {
        List<CsvProblem> problems = new ArrayList<>();
        List<Column> header = new ArrayList<>();
        for (String name : names) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            Optional<Column> known = columns.stream().filter(c -> c.name().equals(key)).findFirst();
            if (known.isEmpty()) {
                problems.add(new CsvProblem(1, Optional.of(name), "unknown column (known: "
                        + String.join(", ", columns.stream().map(Column::name).toList()) + ")"));
            } else if (header.contains(known.get())) {
                problems.add(new CsvProblem(1, Optional.of(name), "the column is repeated"));
            } else {
                header.add(known.get());
                continue;
            }
            header.add(new Column(key, false, columns.size()));
        }
        for (Column c : columns) {
            if (c.required() && !header.contains(c)) {
                problems.add(new CsvProblem(1, Optional.of(c.name()), "the column is missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(source, problems);
        }
        return header;
    }

    /**
     * A cell's value: the writer's neutralisation reversed exactly (one apostrophe before
     * apostrophes and a formula-like character, such as {@code '=x} or {@code '\tx}), or else the
     * cell without its surrounding spaces.
     */
    private static String unneutralised(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && CsvWriter.isFormulaLike(cell) ? cell.substring(1)
                : cell.strip();
    }

    /** The separator of the header line: whichever of , and ; occurs more often outside quotes. */
    static char separator(CharSequence text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Reads at most {@code limit} bytes into an array sized by what the stream says it has, so
     * that a file or an array is copied once; the buffer's limit is the count read.
     */
    static ByteBuffer readUpTo(InputStream in, int limit) throws IOException {
        byte[] bytes = new byte[(int) Math.min(limit, Math.max(8192L, in.available() + 1L))];
        int length = 0;
        while (length < limit) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * bytes.length));
            }
            int n = in.read(bytes, length, bytes.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        return ByteBuffer.wrap(bytes, 0, length);
    }

    /**
     * A file's bytes whose encoding was checked, read as characters as they are parsed: only an
     * error's message decodes the whole file into one string.
     */
    private record Text(byte[] bytes, int start, int length, Charset charset) {

        Reader reader() {
            return new InputStreamReader(new ByteArrayInputStream(bytes, start, length - start), charset);
        }

        /** The first characters, at most {@code chars}; the last may be cut. */
        String prefix(int chars) {
            // a character takes at most four bytes in the charsets files are saved in
            return new String(bytes, start, (int) Math.min(length - start, 4L * chars), charset);
        }

        String whole() {
            return new String(bytes, start, length - start, charset);
        }
    }

    /** The most characters of a header line that say which separator it uses. */
    private static final int HEADER_CHARS = 1 << 16;

    private static Text checked(byte[] bytes, int length, Optional<Charset> charset, String source)
            throws CsvImportException {
        boolean bom = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        Charset cs = charset.orElse(StandardCharsets.UTF_8);
        int start = bom && cs.equals(StandardCharsets.UTF_8) ? 3 : 0;
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // check the encoding through a small buffer; the parser decodes the text as it reads it
        ByteBuffer input = ByteBuffer.wrap(bytes, start, length - start);
        CharBuffer scratch = CharBuffer.allocate(1 << 16);
        CoderResult result;
        do {
            scratch.clear();
            result = decoder.decode(input, scratch, true);
        } while (result.isOverflow());
        if (!result.isError()) {
            scratch.clear();
            result = decoder.flush(scratch);
        }
        if (result.isError()) {
            int at = input.position();
            String message = "the file is not " + cs.displayName(Locale.ROOT) + ": byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[at] & 0xFF) + " at offset " + at + " is not valid "
                    + cs.displayName(Locale.ROOT) + (charset.isEmpty() ? " (Polish Excel often saves Windows-1250:"
                    + " save the file as \"CSV UTF-8\", or name its charset, for example windows-1250)" : "");
            throw new CsvImportException(source, List.of(new CsvProblem(lineOf(bytes, length, at), Optional.empty(),
                    message)));
        }
        return new Text(bytes, start, length, cs);
    }

    /** {@return the line where a quoted field opens and never closes, or 0 if every quote closes} */
    static long unterminatedQuote(String text) {
        boolean quoted = false;
        long line = 1;
        long openedOn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a field toggles twice
                if (quoted) {
                    openedOn = line;
                }
            } else if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return quoted ? openedOn : 0;
    }

    /** Refuses an unpaired surrogate or a NUL, with its line and its place in the line. */
    private static void wellFormed(String text, String source) throws CsvImportException {
        OptionalInt fault = Unicode.firstFault(text);
        if (fault.isEmpty()) {
            return;
        }
        int at = fault.getAsInt();
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        throw new CsvImportException(source, List.of(new CsvProblem(line, Optional.empty(), "the line holds "
                + (text.charAt(at) == 0 ? "a " : "an ") + Unicode.describeFault(text, at) + " at character "
                + (at - lineStart + 1))));
    }

    private static long lineOf(byte[] bytes, int length, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
