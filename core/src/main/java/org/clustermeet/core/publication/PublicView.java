package org.clustermeet.core.publication;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;

/**
 * A registry fit for publication, as the public profile promises: names, roles and organisations
 * only. Compared with the registry it is made from:
 * <ul>
 *   <li>no e-mail address or phone number;</li>
 *   <li>a person whose name may not be published (no yes in {@link Person#namePublication()})
 *       becomes an anonymous person with an opaque id ({@code participant-0001}, numbered in id
 *       order) and keeps their roles, so that public output shows "a participant from
 *       ORGANISATION"; references to them in sessions follow;</li>
 *   <li>only registrations holding a place (registered or attended), without their arrival
 *       times: no waiting list, no cancelled or refused registration; registration ids are
 *       replaced by opaque ones ({@code registration-0001}), since ids may carry names.</li>
 * </ul>
 * Everything else (organisations, labels, memberships, events, facts) is kept. Not instantiable.
 */
public final class PublicView {

    private PublicView() {
    }

    /**
     * Returns the public view of a registry.
     *
     * @param registry the registry, not null
     * @return a valid registry holding only what may be published
     */
    public static Registry of(Registry registry) {
        Objects.requireNonNull(registry, "registry");
        RegistryBuilder b = Registry.builder();
        registry.organisations().forEach(b::add);
        registry.labels().forEach(b::add);
        registry.memberships().forEach(b::add);
        registry.facts().forEach(b::add);
        Map<PersonId, PersonId> ids = new HashMap<>();
        int anonymous = 0;
        for (Person p : registry.people()) {
            if (p.mayPublishName()) {
                ids.put(p.id(), p.id());
                b.add(p.withoutPersonalData());
            } else {
                PersonId opaque = PersonId.of(String.format(Locale.ROOT, "participant-%04d", ++anonymous));
                ids.put(p.id(), opaque);
                b.add(Person.anonymous(opaque, p.roles()));
            }
        }
        for (Event e : registry.events()) {
            b.add(e.withSessions(e.sessions().stream().map(s -> remap(s, ids)).toList()));
        }
        int n = 0;
        for (Registration r : registry.registrations()) {
            if (r.holdsPlace()) {
                b.add(new Registration(RegistrationId.of(String.format(Locale.ROOT, "registration-%04d", ++n)),
                        r.event(), ids.get(r.person()), r.organisation(), r.role(), r.state(),
                        Optional.empty(), r.attends()));
            }
        }
        return b.build();
    }

    private static Session remap(Session s, Map<PersonId, PersonId> ids) {
        List<PersonId> chairs = s.chairs().stream().map(ids::get).toList();
        List<Contribution> contributions = s.contributions().stream()
                .map(c -> new Contribution(ids.get(c.speaker()), c.title(), c.materials())).toList();
        List<ProposedTopic> topics = s.topics().stream().map(t -> new ProposedTopic(t.title(),
                t.proposer().map(ids::get), t.level(), t.interest(), t.amongMostPopular())).toList();
        List<Feedback> feedback = s.feedback().stream()
                .map(f -> new Feedback(f.author().map(ids::get), f.text())).toList();
        return s.withChairs(chairs).withContributions(contributions).withTopics(topics).withFeedback(feedback);
    }
}
