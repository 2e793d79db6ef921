package org.clustermeet.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustermeet.core.publication.PublicView;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.internal.DocumentNames;
import org.clustermeet.json.internal.IntegrityFailure;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.read.DocumentReader;
import org.clustermeet.json.read.Locations;
import org.clustermeet.json.write.AtomicFiles;
import org.clustermeet.json.write.CanonicalPrettyPrinter;
import org.clustermeet.json.write.ModelWriter;

/**
 * Reads and writes whole registry documents, with a safe, preconfigured Jackson mapper inside, so
 * that the common case needs no Jackson knowledge:
 * <pre>{@code
 * RegistryJson json = RegistryJson.defaults();
 * json.save(registry, Path.of("registry.json"));
 * Registry again = json.read(Path.of("registry.json"));
 * }</pre>
 *
 * <p>Reading is strict: duplicate keys, unknown properties, {@code null} values, wrong types,
 * trailing content and type coercion are refused; every error is a {@link RegistryJsonException}
 * with a JSON Pointer and, where known, line and column. The parser's limits are explicit
 * ({@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH}, {@link #MAX_NAME_LENGTH},
 * {@link #MAX_NUMBER_LENGTH}, and the document size, {@link #DEFAULT_MAX_DOCUMENT_BYTES} unless
 * changed with {@link #withMaxDocumentBytes(long)}). Writing is canonical: entities sorted by id,
 * a fixed property order, optional values and empty lists omitted, UTF-8, two-space indentation
 * (or compact, {@link #withCompactOutput()}), and a final line break, so that a registry kept in
 * git gives clean diffs. The default {@link Profile#FULL} keeps personal data;
 * {@link #withProfile(Profile) withProfile(Profile.PUBLIC)} writes a document fit for publication.
 *
 * <p>Instances are immutable and thread-safe; options return changed copies.
 */
public final class RegistryJson {

    /** The default largest document read, in bytes: 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;
    /** The deepest nesting of objects and arrays read. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest string value read, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The longest property name read, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** The longest number read, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;

    private static final CanonicalPrettyPrinter PRETTY = new CanonicalPrettyPrinter();

    private static final RegistryJson DEFAULTS = new RegistryJson(DEFAULT_MAX_DOCUMENT_BYTES, true, Profile.FULL,
            AtomicFiles.DEFAULT_OPS);

    private final long maxDocumentBytes;
    private final boolean pretty;
    private final Profile profile;
    private final AtomicFiles.FileOps fileOps;
    private final ObjectMapper mapper;

    private RegistryJson(long maxDocumentBytes, boolean pretty, Profile profile,
                         AtomicFiles.FileOps fileOps) {
        this.maxDocumentBytes = maxDocumentBytes;
        this.pretty = pretty;
        this.profile = profile;
        this.fileOps = fileOps;
        this.mapper = StrictMapper.of(maxDocumentBytes);
    }

    /** {@return the default configuration: 64 MiB limit, indented output} */
    public static RegistryJson defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another document size limit.
     *
     * @param maxBytes the largest document read, in bytes, at least 1
     * @return the changed copy
     * @throws IllegalArgumentException if {@code maxBytes} is below 1
     */
    public RegistryJson withMaxDocumentBytes(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("Invalid value for maxDocumentBytes (at least 1): " + maxBytes);
        }
        return new RegistryJson(maxBytes, pretty, profile, fileOps);
    }

    /** {@return a copy that writes compact JSON on one line (still canonical)} */
    public RegistryJson withCompactOutput() {
        return new RegistryJson(maxDocumentBytes, false, profile, fileOps);
    }

    /** {@return a copy that writes indented JSON (the default)} */
    public RegistryJson withIndentedOutput() {
        return new RegistryJson(maxDocumentBytes, true, profile, fileOps);
    }

    /**
     * Returns a copy that writes with another profile. The default, {@link Profile#FULL}, keeps
     * everything; {@link Profile#PUBLIC} leaves out e-mail addresses and phone numbers.
     *
     * @param profile what written documents contain, not null
     * @return the changed copy
     */
    public RegistryJson withProfile(Profile profile) {
        return new RegistryJson(maxDocumentBytes, pretty, Objects.requireNonNull(profile, "profile"), fileOps);
    }

    /** {@return the profile documents are written with} */
    public Profile profile() {
        return profile;
    }

    RegistryJson withFileOps(AtomicFiles.FileOps fileOps) {
        return new RegistryJson(maxDocumentBytes, pretty, profile, fileOps);
    }

    /** The classpath resource, next to this class, that holds the document's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "clustermeet-registry-1.schema.json";

    /**
     * Returns the JSON Schema (draft 2020-12) of the registry document, as shipped in this jar.
     * It checks the shape of a document; rules that span entities (references, renewals,
     * capacity) are checked only when reading.
     *
     * @return the schema text
     */
    public static String schema() {
        try (InputStream in = RegistryJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema resource " + SCHEMA_RESOURCE, e);
        }
    }

    /** {@return the largest document read, in bytes} */
    public long maxDocumentBytes() {
        return maxDocumentBytes;
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads a registry from a JSON text.
     *
     * @param json the document, not null
     * @return the registry
     * @throws RegistryJsonException if the document is not a valid registry document
     */
    public Registry read(String json) throws RegistryJsonException {
        Objects.requireNonNull(json, "json");
        if (json.length() > maxDocumentBytes) {
            throw tooLarge(json.length() + " characters");
        }
        byte[] bytes = Utf8Encoding.bytes(json);
        return readBytes(bytes, bytes.length);
    }

    /**
     * Reads a registry from a character stream; the stream is read to its end but not closed.
     *
     * @param reader the document, not null
     * @return the registry
     * @throws RegistryJsonException if reading fails or the document is invalid
     */
    public Registry read(Reader reader) throws RegistryJsonException {
        Objects.requireNonNull(reader, "reader");
        // encoded to UTF-8 as it is read, so that the document is never held whole
        return read(Utf8Encoding.of(reader));
    }


    /**
     * Reads a registry from the bytes of a UTF-8 document, such as a message body or a database
     * value, without copying them. The array must not change during the call.
     *
     * @param document the document, not null
     * @return the registry
     * @throws RegistryJsonException if the document is over the size limit or not a valid registry document
     */
    public Registry read(byte[] document) throws RegistryJsonException {
        Objects.requireNonNull(document, "document");
        if (document.length > maxDocumentBytes) {
            throw tooLarge(document.length + " bytes");
        }
        return readBytes(document, document.length);
    }

    /**
     * Reads a registry from a UTF-8 byte stream; the stream is read but not closed.
     *
     * @param in the document, not null
     * @return the registry
     * @throws RegistryJsonException if reading fails or the document is invalid
     */
    public Registry read(InputStream in) throws RegistryJsonException {
        Objects.requireNonNull(in, "in");
        return readSource(DocumentSource.stream(in, maxDocumentBytes, tooLarge("more than " + maxDocumentBytes
                + " bytes")));
    }


    /**
     * Reads a registry from characters that can be read again, such as a text value in a
     * database, passing the UTF-8 bytes of the first reading through {@code watch} (which may count
     * or digest them; the stream it returns gives the same bytes). The document is parsed as it is
     * read, never held whole nor copied to a temporary file; it is opened again only when a
     * document needs it (its header last, a value found wrong).
     *
     * @param document the document, not null
     * @param watch    wraps the first reading's stream, not null
     * @return the registry
     * @throws RegistryJsonException if the document cannot be read, is over the size limit or is invalid
     */
    public Registry read(CharacterSource document, UnaryOperator<InputStream> watch) throws RegistryJsonException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(watch, "watch");
        return readSource(DocumentSource.characters(document, watch, maxDocumentBytes, tooLarge("more than "
                + maxDocumentBytes + " bytes")));
    }

    /** Reads a whole document from a source other than a file, and closes the source. */
    private Registry readSource(DocumentSource opened) throws RegistryJsonException {
        try (DocumentSource source = opened) {
            return parse(source, DocumentReader::document);
        } catch (RegistryJsonException e) {
            throw e;
        } catch (IOException e) {
            throw RegistryJsonException.of("", "cannot read the document: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a registry from a UTF-8 file. The size is checked before the file is read.
     *
     * @param file the file, not null
     * @return the registry
     * @throws RegistryJsonException if the file cannot be read or the document is invalid
     */
    public Registry read(Path file) throws RegistryJsonException {
        return read(file, UnaryOperator.identity());
    }

    /**
     * Reads a registry from a UTF-8 file as {@link #read(Path)} does, passing the bytes of the
     * first reading through {@code watch}, which may count them to show progress; the stream it
     * returns gives the same bytes. The file is read as it is parsed, never held whole; a
     * document whose header comes late, or a value found wrong, has the file read again.
     *
     * @param file  the file, not null
     * @param watch wraps the first reading's stream, not null
     * @return the registry
     * @throws RegistryJsonException if the file cannot be read or the document is invalid
     */
    public Registry read(Path file, UnaryOperator<InputStream> watch) throws RegistryJsonException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(watch, "watch");
        return readFile(file, watch, DocumentReader::document);
    }

    private <T> T readFile(Path file, UnaryOperator<InputStream> watch, Reading<T> reading)
            throws RegistryJsonException {
        try {
            long size = Files.size(file);
            if (size > maxDocumentBytes) {
                throw tooLarge(size + " bytes");
            }
            try (DocumentSource source = DocumentSource.file(file, watch)) {
                return parse(source, reading);
            }
        } catch (RegistryJsonException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw RegistryJsonException.of("", "cannot read " + file + ": no such file", e);
        } catch (IOException e) {
            throw RegistryJsonException.of("", "cannot read " + file + ": " + e, e);
        }
    }


    /**
     * Reads a part of a registry document from a UTF-8 file: the entities to put into a registry
     * that holds the rest, which they may refer to. A part has the sections of a document
     * ({@code organisations}, {@code people}, {@code labels}, {@code memberships}, {@code events},
     * {@code facts}), each entity as a document holds it; {@code format} and {@code version} may be
     * left out, and registrations are refused (they go through the registration workflow). Each
     * entity is checked as it is read; the rules that span entities are checked when the changes
     * are applied ({@code Registry.apply}, or a store's {@code apply}).
     *
     * @param file the file, not null
     * @return the puts, in document order
     * @throws RegistryJsonException if the file cannot be read or a value is wrong, with its pointer,
     *                               line and column
     */
    public ChangeSet readPart(Path file) throws RegistryJsonException {
        Objects.requireNonNull(file, "file");
        return readFile(file, UnaryOperator.identity(), DocumentReader::part);
    }


    private RegistryJsonException tooLarge(String size) {
        return RegistryJsonException.overSizeLimit("the document (" + size + ") is over the size limit of "
                + maxDocumentBytes + " bytes; raise it with RegistryJson.withMaxDocumentBytes", maxDocumentBytes);
    }

    /** Reads the first {@code length} bytes of {@code bytes}: one streaming pass, two for unusual documents. */
    private Registry readBytes(byte[] bytes, int length) throws RegistryJsonException {
        try {
            return parse(DocumentSource.bytes(bytes, length), DocumentReader::document);
        } catch (RegistryJsonException e) {
            throw e;
        } catch (IOException e) {
            throw RegistryJsonException.of("", "cannot read the document: " + e.getMessage(), e);
        }
    }

    /** What is read from a document's reader: the whole registry, or a part. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(DocumentReader reader) throws IOException;
    }

    /** Parses a document, every failure told with its pointer, line and column. */
    private <T> T parse(DocumentSource source, Reading<T> reading) throws IOException {
        JsonFactory factory = mapper.getFactory();
        try (JsonParser parser = source.open(factory)) {
            // the reader refuses repeated properties itself, more cheaply than the parser's hash set per object
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            try {
                return reading.read(DocumentReader.on(parser, () -> source.open(factory)));
            } catch (JsonFailure f) {
                throw locate(RegistryJsonException.from(f), source);
            } catch (IntegrityFailure f) {
                throw locate(RegistryJsonException.from(f), source);
            }
        } catch (RegistryJsonException e) {
            throw e;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof RegistryJsonException over) {
                throw over;
            }
            throw RegistryJsonException.malformed(e);
        }
    }

    /** The exception with the line and column of its pointer in the document, read again. */
    private RegistryJsonException locate(RegistryJsonException e, DocumentSource source) {
        try (JsonParser again = source.open(mapper.getFactory())) {
            Optional<JsonLocation> at = Locations.find(again, e.pointer());
            return at.map(l -> e.withLocation(l.getLineNr(), l.getColumnNr())).orElse(e);
        } catch (IOException | RuntimeException unreadable) {
            return e;
        }
    }

    // ------------------------------------------------------------------ writing

    /**
     * Writes a registry as canonical JSON text.
     *
     * @param registry the registry, not null
     * @return the document, ending with a line break
     * @throws RegistryJsonException if the registry holds something JSON cannot express (a custom
     *                               eligibility policy)
     */
    public String write(Registry registry) throws RegistryJsonException {
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            write(registry, text);
        } catch (RegistryJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return text.toString();
    }

    /**
     * Writes a registry as canonical JSON text to a character stream, which is flushed, not closed.
     *
     * @param registry the registry, not null
     * @param writer   where to write, not null
     * @throws IOException if writing fails; a {@link RegistryJsonException} if the registry cannot be expressed
     */
    public void write(Registry registry, Writer writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        checkWritable(registry);
        try (com.fasterxml.jackson.core.JsonGenerator g = generator(mapper.getFactory().createGenerator(writer))) {
            ModelWriter.document(g, profile == Profile.FULL ? registry : PublicView.of(registry), profile == Profile.FULL);
        } catch (JsonFailure f) {
            throw RegistryJsonException.from(f);
        }
        writer.write('\n');
        writer.flush();
    }

    /**
     * Writes a registry as canonical UTF-8 JSON to a byte stream, which is flushed, not closed.
     *
     * @param registry the registry, not null
     * @param out      where to write, not null
     * @throws IOException if writing fails; a {@link RegistryJsonException} if the registry cannot be expressed
     */
    public void write(Registry registry, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        checkWritable(registry);
        try (com.fasterxml.jackson.core.JsonGenerator g = generator(mapper.getFactory().createGenerator(out))) {
            ModelWriter.document(g, profile == Profile.FULL ? registry : PublicView.of(registry), profile == Profile.FULL);
        } catch (JsonFailure f) {
            throw RegistryJsonException.from(f);
        }
        out.write('\n');
        out.flush();
    }

    /** Configures a generator for this configuration; it leaves the target open when closed. */
    private com.fasterxml.jackson.core.JsonGenerator generator(com.fasterxml.jackson.core.JsonGenerator g) {
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        if (pretty) {
            g.setPrettyPrinter(PRETTY.createInstance());
        }
        return g;
    }

    /**
     * Refuses, before anything is written, a registry that JSON cannot express: one whose event
     * has a custom eligibility policy. So a failed write never leaves half a document behind.
     */
    private static void checkWritable(Registry registry) throws RegistryJsonException {
        Objects.requireNonNull(registry, "registry");
        java.util.List<org.clustermeet.core.event.Event> events = registry.events();
        for (int i = 0; i < events.size(); i++) {
            Optional<org.clustermeet.core.eligibility.EligibilityRule> rule = events.get(i).eligibility();
            if (rule.isPresent() && rule.get().asPolicy().isEmpty()) {
                throw RegistryJsonException.of(PointerPath.ROOT.child(DocumentNames.EVENTS).child(i).child(DocumentNames.ELIGIBILITY).toString(),
                        "event " + events.get(i).id() + " has a custom eligibility rule, which holds Java code and "
                                + "cannot be written to JSON", null);
            }
        }
    }

    /**
     * Saves a registry to a file atomically: afterwards the file holds either the new document or,
     * if anything failed, exactly its previous content; no temporary file is left behind. Saves
     * from several threads to one path leave one of the documents whole. Nothing is locked across
     * processes.
     *
     * @param registry the registry, not null
     * @param file     the target file; its directory must exist; not null
     * @throws IOException if the file cannot be written (the message says why: a missing or
     *                     read-only directory, a target that is a directory, a full disk, or a
     *                     file system without atomic moves); a {@link RegistryJsonException} if the
     *                     registry cannot be expressed
     */
    public void save(Registry registry, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] document = toBytes(registry);
        AtomicFiles.write(file, out -> out.write(document), fileOps);
    }

    private byte[] toBytes(Registry registry) throws RegistryJsonException {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream(8192);
        try {
            write(registry, buffer);
        } catch (RegistryJsonException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return buffer.toByteArray();
    }
}
