package org.clustermeet.json;

import java.io.IOException;
import java.io.Reader;

/**
 * A document that can be read as characters more than once from its start, such as a text value
 * in a database: {@link RegistryJson#read(CharacterSource, java.util.function.UnaryOperator)}
 * parses it as it streams in, never holding it whole nor copying it to a temporary file, and opens
 * it again only for the rare document that needs a second pass. Each opening must give the same
 * characters.
 */
@FunctionalInterface
public interface CharacterSource {

    /**
     * Opens the document at its start.
     *
     * @return the characters, which the caller closes
     * @throws IOException if the document cannot be opened
     */
    Reader open() throws IOException;
}
