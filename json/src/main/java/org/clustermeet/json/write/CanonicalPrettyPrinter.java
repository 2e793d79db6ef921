package org.clustermeet.json.write;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.Instantiatable;

/**
 * The indentation of the canonical form: two spaces per level, a line per entry and per array
 * value, {@code ": "} between a name and its value, and nothing inside empty objects and arrays.
 * The line breaks with their indentation are encoded once, so that writing them copies bytes;
 * indentation is about a third of an indented document. Not thread-safe: one instance per
 * generator, from {@link #createInstance()}.
 */
public final class CanonicalPrettyPrinter implements PrettyPrinter, Instantiatable<CanonicalPrettyPrinter> {

    private static final int CACHED_LEVELS = 32;
    private static final SerializableString[] LINE_BREAKS = new SerializableString[CACHED_LEVELS];
    private static final SerializableString NAME_VALUE_SEPARATOR = new SerializedString(": ");

    static {
        for (int level = 0; level < CACHED_LEVELS; level++) {
            LINE_BREAKS[level] = lineBreak(level);
        }
    }

    private int nesting;

    private static SerializableString lineBreak(int level) {
        return new SerializedString("\n" + "  ".repeat(level));
    }

    @Override
    public CanonicalPrettyPrinter createInstance() {
        return new CanonicalPrettyPrinter();
    }

    private void newLine(JsonGenerator g) throws IOException {
        g.writeRaw(nesting < CACHED_LEVELS ? LINE_BREAKS[nesting] : lineBreak(nesting));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(' ');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        nesting++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(NAME_VALUE_SEPARATOR);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        nesting--;
        if (entries > 0) {
            newLine(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        nesting++;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        nesting--;
        if (values > 0) {
            newLine(g);
        }
        g.writeRaw(']');
    }
}
