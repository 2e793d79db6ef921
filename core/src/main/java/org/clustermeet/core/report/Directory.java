package org.clustermeet.core.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.registry.Registry;

/**
 * Every organisation of one registry value with its labels, found by id with one hash lookup and
 * numbered by rank in id order. A report looks up the organisation of every registration and the
 * labels of every cluster organisation taking part: one lookup serves both, and sorting ranks
 * instead of ids puts the organisations in id order without comparing their ids' texts.
 */
final class Directory {

    /** One organisation, its rank in id order, and every label it holds or held. */
    record Entry(int rank, Organisation organisation, List<QualityLabel> labels) {
    }

    private final Map<OrganisationId, Entry> byId;
    private final Entry[] byRank;

    Directory(Registry registry) {
        Map<OrganisationId, List<QualityLabel>> labels = new HashMap<>();
        for (QualityLabel l : registry.labels()) {
            labels.computeIfAbsent(l.holder(), k -> new ArrayList<>()).add(l);
        }
        List<Organisation> organisations = registry.organisations();
        byId = new HashMap<>(organisations.size() * 4 / 3 + 1);
        byRank = new Entry[organisations.size()];
        int rank = 0;
        for (Organisation o : organisations) {
            Entry entry = new Entry(rank, o, List.copyOf(labels.getOrDefault(o.id(), List.of())));
            byId.put(o.id(), entry);
            byRank[rank++] = entry;
        }
    }

    /** The organisation with an id, which the registry's integrity guarantees for every reference. */
    Entry entry(OrganisationId id) {
        Entry entry = byId.get(id);
        if (entry == null) {
            throw new IllegalStateException("the registry holds no organisation with id " + id);
        }
        return entry;
    }

    /** The organisation of a rank, from 0 in id order. */
    Entry entry(int rank) {
        return byRank[rank];
    }
}
