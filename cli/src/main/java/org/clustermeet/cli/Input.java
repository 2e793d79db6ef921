package org.clustermeet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.store.RegistryStore;

/**
 * What a reading command reads: a registry document (a file, or {@code -} for standard input) or
 * a store, named as the store commands name it (an embedded database's path, with or without its
 * {@code .mv.db}, or a {@code jdbc:postgresql:} URL). A store is read as it stands: its registry
 * after the latest change.
 *
 * @param given the argument as the user gave it
 */
record Input(String given) {

    /** The file name an embedded database adds to its path. */
    static final String EMBEDDED_SUFFIX = ".mv.db";

    /** {@return whether the argument names a store rather than a document} */
    boolean isStore() {
        if (given.startsWith("jdbc:")) {
            return true;
        }
        if (given.equals(Documents.STANDARD_INPUT)) {
            return false;
        }
        if (given.endsWith(EMBEDDED_SUFFIX)) {
            return true;
        }
        return !Files.exists(Path.of(given)) && Files.exists(Path.of(given + EMBEDDED_SUFFIX));
    }

    /**
     * Reads the registry.
     *
     * @param maxBytes the largest document read
     * @param lang     the language of messages
     * @param err      where progress goes, or null
     * @param show     whether to show progress
     * @return the registry
     * @throws CliFailure naming the input when it cannot be read
     */
    Registry load(long maxBytes, Locale lang, PrintWriter err, boolean show) {
        if (!isStore()) {
            return Documents.load(Path.of(given), maxBytes, lang, err, show);
        }
        try (RegistryStore store = database().open()) {
            return store.registry();
        }
    }

    /**
     * Returns how many times an event was changed or cancelled, as a store's history tells; a
     * document keeps no history.
     *
     * @param event the event
     * @return the revision, or empty for a document
     */
    OptionalInt revision(EventId event) {
        if (!isStore()) {
            return OptionalInt.empty();
        }
        try (RegistryStore store = database().open()) {
            return OptionalInt.of(store.revision(event));
        }
    }

    /** {@return the files an output must never replace: the document, or the embedded database's files} */
    List<Path> files() {
        if (!isStore()) {
            return given.equals(Documents.STANDARD_INPUT) ? List.of() : List.of(Path.of(given));
        }
        return database().files();
    }

    private StoreCommand.Database database() {
        StoreCommand.Database database = new StoreCommand.Database();
        database.db = given.endsWith(EMBEDDED_SUFFIX) && !given.startsWith("jdbc:")
                ? given.substring(0, given.length() - EMBEDDED_SUFFIX.length()) : given;
        return database;
    }

    /** {@return the input as messages name it: a URL without what may hold a password} */
    @Override
    public String toString() {
        return given.startsWith("jdbc:") ? RegistryStore.redacted(given) : given;
    }
}
