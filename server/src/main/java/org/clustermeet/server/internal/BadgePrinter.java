package org.clustermeet.server.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.server.checkin.CheckInKey;

/**
 * Prints an event's badges as a PDF. Given to the pages by the server, so that this package does
 * not depend on the badges package, which reads its texts from here.
 */
@FunctionalInterface
public interface BadgePrinter {

    /**
     * Writes the badges.
     *
     * @param key      the check-in key that signs their codes
     * @param a6       one badge to an A6 page, rather than eight to an A4 sheet
     * @param language the badges' language
     * @param registry the registry
     * @param event    the event
     * @param out      where the PDF goes; not closed
     * @throws IOException           if writing fails
     * @throws IllegalStateException if no font for badges is installed
     */
    void print(CheckInKey key, boolean a6, Locale language, Registry registry, EventId event, OutputStream out)
            throws IOException;
}
