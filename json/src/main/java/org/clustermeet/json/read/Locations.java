package org.clustermeet.json.read;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.clustermeet.json.internal.PointerText;

/**
 * Finds the line and column of the value at a JSON Pointer by scanning the document once more,
 * which is done only when reporting an error.
 */
public final class Locations {

    private Locations() {
    }

    private static final class Frame {
        final boolean array;
        final String pointer;
        int index = -1;
        String name;

        Frame(boolean array, String pointer) {
            this.array = array;
            this.pointer = pointer;
        }
    }

    /**
     * Returns the location of the value at {@code target}, or empty if the document has no such
     * value or cannot be scanned that far.
     */
    public static Optional<JsonLocation> find(JsonFactory factory, byte[] document, String target) {
        try (JsonParser p = factory.createParser(document)) {
            return find(p, target);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the location of the value at {@code target} in what a parser at the document's start
     * reads, or empty if the document has no such value or cannot be scanned that far.
     *
     * @param p      the parser, which the caller closes
     * @param target the value's JSON Pointer
     * @return the location
     */
    public static Optional<JsonLocation> find(JsonParser p, String target) {
        try {
            Deque<Frame> stack = new ArrayDeque<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    stack.peek().name = p.currentName();
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    stack.pop();
                    continue;
                }
                String pointer;
                Frame top = stack.peek();
                if (top == null) {
                    pointer = "";
                } else if (top.array) {
                    pointer = PointerText.child(top.pointer, ++top.index);
                } else {
                    pointer = PointerText.child(top.pointer, top.name);
                }
                if (pointer.equals(target)) {
                    return Optional.of(p.currentTokenLocation());
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    stack.push(new Frame(t == JsonToken.START_ARRAY, pointer));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
