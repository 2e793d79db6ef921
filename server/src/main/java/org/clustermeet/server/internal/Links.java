package org.clustermeet.server.internal;

import java.util.Objects;

import org.clustermeet.store.InvitationToken;

/**
 * Writes absolute links to the server, for invitations handed out by other means than its pages.
 * The address is known once the server listens (a port of 0 picks a free one), so it is set then.
 */
public final class Links {

    private volatile String base = "";

    /**
     * Sets the server's address.
     *
     * @param base the address without a trailing slash, such as {@code http://127.0.0.1:8080}
     */
    public void at(String base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** {@return the server's address} */
    public String base() {
        return base;
    }

    /**
     * @param token an invitation's token
     * @return the personal link that opens it
     */
    public String invitation(InvitationToken token) {
        return base + "/i/" + token.value();
    }
}
