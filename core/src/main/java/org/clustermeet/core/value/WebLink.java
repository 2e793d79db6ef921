package org.clustermeet.core.value;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.text.Echo;

/**
 * An absolute {@code http} or {@code https} address: a website, a presentation, a news item.
 * Other schemes ({@code javascript:}, {@code file:}) are refused so that a published link is
 * always safe to follow. Immutable and thread-safe.
 *
 * @param uri the address, not null
 */
public record WebLink(URI uri) {

    /** Longest address accepted, in characters. */
    public static final int MAX_LENGTH = 2_048;

    /**
     * Validates the address.
     *
     * @param uri the address, not null
     * @throws NullPointerException     if {@code uri} is null
     * @throws IllegalArgumentException if the scheme is not http or https, or the host is missing
     */
    public WebLink {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("Invalid web link (http or https only): \""
                    + Texts.abbreviate(uri.toString()) + "\"");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("Invalid web link (no host): \""
                    + Texts.abbreviate(uri.toString()) + "\"");
        }
        if (uri.toString().codePoints().anyMatch(Echo::isActive)) {
            throw new IllegalArgumentException("Invalid web link (control, invisible or unpaired surrogate "
                    + "characters): \"" + Texts.abbreviate(uri.toString()) + "\"");
        }
        if (uri.toString().length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Invalid web link (at most " + MAX_LENGTH
                    + " characters): \"" + Texts.abbreviate(uri.toString()) + "\"");
        }
    }

    /**
     * Reads an address.
     *
     * @param text an absolute http or https URI, not null
     * @return the link
     * @throws IllegalArgumentException if the text is not a valid http or https URI
     */
    public static WebLink of(String text) {
        Objects.requireNonNull(text, "web link");
        try {
            return new WebLink(new URI(text));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid web link: \"" + Texts.abbreviate(text) + "\": "
                    + e.getReason(), e);
        }
    }

    /** {@return the address, which {@link #of(String)} reads back} */
    @Override
    public String toString() {
        return uri.toString();
    }
}
