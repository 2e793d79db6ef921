package org.clustermeet.core.registry;

import java.util.Collection;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;

/** The raw entities of a registry, possibly with duplicates or dangling references, to validate. */
record Contents(Collection<Organisation> organisations, Collection<Person> people, Collection<QualityLabel> labels,
                Collection<Membership> memberships, Collection<Event> events,
                Collection<Registration> registrations, Collection<StatedCount> facts) {
}
