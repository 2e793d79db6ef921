package org.clustermeet.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.query.PeopleQueries;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.ConsentResult;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.core.workflow.MergeResult;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * A store's people as records under data protection: two records of one person merged (the old
 * id staying an alias), consents given and withdrawn, personal data erased for good, and a
 * retention period applied. Each is one change, recorded in the store's journal with its actor,
 * as every other change is. Obtained from {@link RegistryStore#people()}; thread-safe.
 */
public final class People {

    private static final String MERGE = "merge";
    private static final String CONSENT = "consent";

    private final Sequencer sequencer;
    private final HistoryReader histories;
    private final Clock clock;

    People(Sequencer sequencer, HistoryReader histories, Clock clock) {
        this.sequencer = sequencer;
        this.histories = histories;
        this.clock = clock;
    }

    /**
     * Makes two records of one person one, as {@link RegistrationWorkflow#merge} does, and records
     * it: the merged person's id stays an alias of the kept one ({@link #resolve}), so that what
     * names it (an invitation's link, a notice not yet sent) reaches the kept person.
     *
     * @param keep  the person to keep, not null
     * @param merge the person to merge into it, not null
     * @param actor who merges, not null
     * @return what moved, was cancelled as a duplicate and was promoted
     * @throws IllegalArgumentException if a person is missing or they are the same (nothing recorded)
     * @throws RegistryStoreException   if the database fails; nothing was recorded
     */
    public MergeResult merge(PersonId keep, PersonId merge, Actor actor) {
        Objects.requireNonNull(keep, "keep");
        Objects.requireNonNull(merge, "merge");
        Objects.requireNonNull(actor, "actor");
        return sequencer.change(MERGE, actor, s -> RegistrationWorkflow.merge(s.registry(), keep, merge));
    }

    /**
     * Records a consent given or withdrawn, as {@link RegistrationWorkflow#recordConsent} decides
     * it: to publish the name (every output follows at once) or to be contacted (mails to a person
     * who withdrew it are skipped, {@link #mayContact}). Each is a row of the history, with when,
     * how and who recorded it ({@link #consents}).
     *
     * @param person whose consent, not null
     * @param kind   what to, not null
     * @param given  true when given, false when withdrawn
     * @param how    how it was given or withdrawn (one line), not null
     * @param actor  who records it, not null
     * @return the consent and the registry after it
     * @throws IllegalArgumentException if the person is missing or how is not one short line
     * @throws RegistryStoreException   if the database fails; nothing was recorded
     */
    public ConsentResult recordConsent(PersonId person, ConsentKind kind, boolean given, String how, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return sequencer.change(CONSENT, actor, s -> RegistrationWorkflow.recordConsent(s.registry(), person, kind,
                given, how));
    }

    /**
     * Returns every consent a person gave or withdrew, oldest first, from the history: under their
     * own record and under every duplicate record merged into them (following earlier merges too),
     * since each was the same person's word. A record merged into another has none left of its own.
     *
     * @param person the person, not null
     * @return the records, each naming the record it was given for
     * @throws RegistryStoreException if the database fails or the journal was tampered with
     */
    public List<ConsentRecord> consents(PersonId person) {
        Objects.requireNonNull(person, "person");
        // each record's consents so far, moved to the person kept when a record is merged
        Map<PersonId, List<HistoryEntry>> given = new HashMap<>();
        for (HistoryEntry e : histories.history(h -> h.consent().isPresent() || h.mergedInto().isPresent())) {
            PersonId who = e.happening().person().orElseThrow();
            Optional<PersonId> into = e.happening().mergedInto();
            if (into.isPresent()) {
                List<HistoryEntry> moved = given.remove(who);
                if (moved != null) {
                    given.computeIfAbsent(into.get(), p -> new ArrayList<>()).addAll(moved);
                }
            } else {
                given.computeIfAbsent(who, p -> new ArrayList<>()).add(e);
            }
        }
        return given.getOrDefault(person, List.of()).stream()
                .sorted(Comparator.comparingLong(HistoryEntry::sequence))
                .map(e -> {
                    Happening.ConsentChange c = e.happening().consent().orElseThrow();
                    return new ConsentRecord(e.happening().person().orElseThrow(), c.kind(), c.given(), e.at(),
                            c.how(), e.actor());
                }).toList();
    }

    /**
     * Tells whether a person may be sent mails: unless their latest consent to be contacted was
     * withdrawn (someone never asked may be told about their own invitations and registrations).
     *
     * @param person the person, not null
     * @return false when they withdrew their consent to be contacted
     * @throws RegistryStoreException if the database fails
     */
    public boolean mayContact(PersonId person) {
        return sequencer.mayContact(Objects.requireNonNull(person, "person"));
    }

    /**
     * Finds the person an id stands for now: the id itself while the registry holds it, else the
     * person it was merged into (following later merges too).
     *
     * @param id a person's id, not null
     * @return the person's id now; empty when the id is unknown
     * @throws RegistryStoreException if the database fails
     */
    public Optional<PersonId> resolve(PersonId id) {
        Objects.requireNonNull(id, "id");
        Registry registry = sequencer.state().registry();
        PersonId current = id;
        for (int hops = 0; registry.person(current).isEmpty(); hops++) {
            Optional<PersonId> next = sequencer.mergedInto(current);
            if (next.isEmpty() || hops > 1000) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /**
     * Erases people's personal data for good: each becomes {@link
     * org.clustermeet.core.person.Person#erased() erased} in the registry (no name, e-mail, phone
     * or role titles; the id and the organisations and periods of their roles stay, so their
     * registrations and an event's figures do not change), and every earlier journal row and
     * snapshot that held their data is rewritten the same way, the checksum chain sealed again
     * from the first row rewritten; their mail notices lose what quoted them, and those not sent
     * are skipped. One transaction: all of it or nothing. The history gains one row, an
     * {@link org.clustermeet.core.workflow.Happening.Kind#ERASED} for each person. An embedded
     * file is compacted when the store is closed, so that its free space keeps nothing erased.
     * People already erased are left as they are, so erasing again does nothing.
     *
     * @param people whom to erase, not null, not empty
     * @param actor  who erases, not null
     * @return what was erased and rewritten
     * @throws IllegalArgumentException if a person is not in the store
     * @throws RegistryStoreException   if the database fails; nothing was erased
     */
    public ErasureReport erase(Collection<PersonId> people, Actor actor) {
        Objects.requireNonNull(people, "people");
        Objects.requireNonNull(actor, "actor");
        if (people.isEmpty()) {
            throw new IllegalArgumentException("people to erase must not be empty");
        }
        List<PersonId> whom = List.copyOf(new LinkedHashSet<>(people));
        return sequencer.erase(registry -> {
            for (PersonId id : whom) {
                if (registry.person(id).isEmpty()) {
                    throw new IllegalArgumentException("person " + id + " is not in the store " + sequencer.where());
                }
            }
            return whom;
        }, actor);
    }

    /**
     * Erases, as {@link #erase} does, the personal data of everyone past a retention period:
     * everyone who registered for some event, and every event they registered for ended more
     * than {@code months} months before today (in UTC, by the store's clock). Whom is decided on
     * the latest state, in the same step as the erasure, so someone registering meanwhile for a
     * later event is kept. Those erased already are left out, so running it again does nothing.
     *
     * @param months the retention period in months, at least 1
     * @param actor  who erases, not null
     * @return what was erased
     * @throws IllegalArgumentException if months is below 1
     * @throws RegistryStoreException   if the database fails; nothing was erased
     */
    public ErasureReport retain(int months, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        LocalDate firstKept = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(months);
        return sequencer.erase(registry -> PeopleQueries.of(registry).lastRegisteredBefore(firstKept), actor);
    }
}
