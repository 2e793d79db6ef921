package org.clustermeet.core.event;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.WebLink;

/**
 * A talk given in a session: who spoke, on what, and the published materials. Immutable and
 * thread-safe.
 *
 * @param speaker   the speaker, not null
 * @param title     the talk's title, not null
 * @param materials slides and other material, not null
 */
public record Contribution(PersonId speaker, LocalizedText title, List<WebLink> materials) {

    /**
     * Validates the contribution.
     *
     * @param speaker   the speaker, not null
     * @param title     the talk's title, not null
     * @param materials slides and other material, not null
     * @throws NullPointerException if an argument or element is null
     */
    public Contribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(title, "title");
        materials = List.copyOf(Objects.requireNonNull(materials, "materials"));
    }

    /**
     * Returns a talk without materials.
     *
     * @param speaker the speaker, not null
     * @param title   the English title, not blank
     * @return the contribution
     */
    public static Contribution of(PersonId speaker, String title) {
        return new Contribution(speaker, LocalizedText.english(title), List.of());
    }
}
