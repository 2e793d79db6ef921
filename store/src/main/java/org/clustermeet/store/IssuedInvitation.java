package org.clustermeet.store;

import java.util.Objects;

/**
 * A newly issued invitation with its secret: the only moment the token is known, to be put in the
 * link sent to the person. The store keeps only its hash. Immutable.
 *
 * @param token      the link's secret, not null
 * @param invitation what the store keeps, not null
 */
public record IssuedInvitation(InvitationToken token, Invitation invitation) {

    /**
     * Checks the parts.
     *
     * @param token      the secret, not null
     * @param invitation the invitation, not null
     */
    public IssuedInvitation {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(invitation, "invitation");
    }
}
