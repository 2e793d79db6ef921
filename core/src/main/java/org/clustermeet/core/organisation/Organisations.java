package org.clustermeet.core.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.internal.Texts;
import org.clustermeet.core.value.WebLink;

/** The checks every organisation kind shares. */
final class Organisations {

    private Organisations() {
    }

    /**
     * Checks the common fields and returns an immutable snapshot of the aliases.
     */
    static List<String> checkCommon(OrganisationId id, NameHistory names, List<String> aliases,
                                    Optional<WebLink> website) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(website, "website");
        List<String> copy = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
        for (String alias : copy) {
            if (alias == null || !Texts.isFreeText(alias)) {
                Texts.requireText("alias of organisation " + id, alias);
            }
        }
        return copy;
    }
}
