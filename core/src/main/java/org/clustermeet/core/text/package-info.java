/**
 * Text shown back to people: {@link org.clustermeet.core.text.Echo} makes any value safe to print
 * in a message, a terminal or a text report, and {@link org.clustermeet.core.text.Unicode} checks
 * that text is well-formed before anything stores it.
 */
package org.clustermeet.core.text;
